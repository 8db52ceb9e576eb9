/**
 * The reader's reading settings (docs/app.md, "Reading settings, saved articles, offline"): kept
 * on the device and applied to `<html>` as data attributes, which the stylesheets turn into custom
 * properties (tokens.css, article.css). The boot script (app/boot) applies them before the page
 * first paints, so a dark or sepia reader never sees a light flash, even on a prerendered page
 * that paints before the app's JavaScript runs. Their values, and how they are read and applied,
 * are readingSettingsValues.ts's, which the boot script imports without React or zod; this file
 * adds the device store and the hooks. Import each name from the file that defines it.
 */
import {
  applyReadingSettings,
  DEFAULT_READING_SETTINGS,
  fontSizes,
  READING_SETTINGS_KEY,
  readingSettingsFrom,
  type Digits,
  type FontSize,
  type ReadingSettings,
} from './readingSettingsValues.ts'
import { createDeviceStore, useDeviceStore } from './storage.ts'

// The same reading as the boot script's (readingSettingsFrom): each field falls back on its own,
// so one bad or missing value does not reset the others.
export const readingSettingsStore = createDeviceStore(
  READING_SETTINGS_KEY,
  readingSettingsFrom,
  DEFAULT_READING_SETTINGS,
)

/** The next step up (+1) or down (−1) from a font size, staying within the steps. */
export function stepFontSize(current: FontSize, step: 1 | -1): FontSize {
  const index = fontSizes.indexOf(current) + step
  return fontSizes[Math.min(Math.max(index, 0), fontSizes.length - 1)] ?? current
}

/** Updates one or more settings: applied to the page at once, saved to the device. */
export function updateReadingSettings(change: Partial<ReadingSettings>): boolean {
  const next = { ...readingSettingsStore.get(), ...change }
  applyReadingSettings(next)
  return readingSettingsStore.set(next)
}

export function useReadingSettings(): ReadingSettings {
  return useDeviceStore(readingSettingsStore)
}

export function useDigits(): Digits {
  return useReadingSettings().digits
}
