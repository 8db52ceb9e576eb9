/**
 * The reader's reading settings (DESIGN §5, reading): kept on the device and applied to `<html>`
 * as data attributes, which the stylesheets turn into custom properties (tokens.css, article.css).
 * main.tsx applies them before the first render, so a dark or sepia reader never sees a light flash.
 */
import { z } from 'zod/mini'
import { createDeviceStore, useDeviceStore } from './storage.ts'

export const fontSizes = ['small', 'medium', 'large', 'x-large', 'xx-large'] as const
export const lineHeights = ['compact', 'normal', 'relaxed'] as const
export const readingFonts = ['naskh', 'sans'] as const
export const themes = ['system', 'light', 'dark', 'sepia'] as const
export const digitSystems = ['latn', 'arab'] as const

export type FontSize = (typeof fontSizes)[number]
export type Theme = (typeof themes)[number]
/** Latin (0–9) or Arabic-Indic (٠–٩) digits, as Intl's numbering systems name them. */
export type Digits = (typeof digitSystems)[number]

// Each field falls back on its own, so one bad or missing value does not reset the others.
export const readingSettingsSchema = z.object({
  fontSize: z.catch(z.enum(fontSizes), 'medium'),
  lineHeight: z.catch(z.enum(lineHeights), 'normal'),
  font: z.catch(z.enum(readingFonts), 'naskh'),
  theme: z.catch(z.enum(themes), 'system'),
  digits: z.catch(z.enum(digitSystems), 'latn'),
})

export type ReadingSettings = z.infer<typeof readingSettingsSchema>

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  fontSize: 'medium',
  lineHeight: 'normal',
  font: 'naskh',
  theme: 'system',
  digits: 'latn',
}

export const READING_SETTINGS_KEY = 'sahifa.readingSettings'

export const readingSettingsStore = createDeviceStore(READING_SETTINGS_KEY, readingSettingsSchema, DEFAULT_READING_SETTINGS)

export function applyReadingSettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
  root.dataset['theme'] = settings.theme
  root.dataset['fontSize'] = settings.fontSize
  root.dataset['lineHeight'] = settings.lineHeight
  root.dataset['readingFont'] = settings.font
  root.dataset['digits'] = settings.digits
}

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
