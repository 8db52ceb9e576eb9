/**
 * The boot script: a tiny classic script in `<head>`, run before the body paints. It puts the
 * reader's theme, type and UI language on `<html>` (no light flash for a dark reader, no wrong
 * direction), and hides a prerendered page the app is about to replace (another address, or a UI
 * language the build did not render) so the reader never sees the wrong page flash by. On a
 * prerendered page it then starts the app and the web fonts after the first paint (startApp.ts,
 * webFonts.ts) and holds the reader's taps on controls until the app is ready for them (heldTaps.ts).
 * Built on its own (scripts/prerender.ts), without React or zod.
 */
import { applyDocumentLanguage, readStoredLanguage } from '@/lib/language.ts'
import { applyReadingSettings, READING_SETTINGS_KEY, readingSettingsFrom } from '@/lib/readingSettingsValues.ts'
import { prerenderFits } from '../prerender/prerenderState.ts'
import { holdTapsUntilAppReady } from './heldTaps.ts'
import { startAppAfterFirstPaint } from './startApp.ts'
import { enableWebFonts, webFontsCached } from './webFonts.ts'

function storedJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key)
    return raw === null ? undefined : JSON.parse(raw)
  } catch {
    return undefined
  }
}

const settings = readingSettingsFrom(storedJson(READING_SETTINGS_KEY))
const language = readStoredLanguage()
applyReadingSettings(settings)
applyDocumentLanguage(language)

const renderedFor = document.currentScript?.dataset['prerenderedFor']
if (renderedFor !== undefined && !prerenderFits(renderedFor, window.location, language, settings.digits)) {
  document.documentElement.dataset['prerender'] = 'stale'
}

// Fonts this browser has loaded before are on from the first paint; otherwise they come with the app.
if (webFontsCached()) enableWebFonts({ atOnce: true })

// Only a page that carries the app's entry (a prerendered page) starts it here and holds taps.
if (document.currentScript?.dataset['entry'] !== undefined) {
  holdTapsUntilAppReady()
  const pageHidden = document.documentElement.dataset['prerender'] === 'stale'
  startAppAfterFirstPaint(document.currentScript, { pageHidden, onStart: () => enableWebFonts() })
} else {
  enableWebFonts()
}
