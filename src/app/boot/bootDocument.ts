/**
 * The boot script: a tiny classic script in `<head>`, run before the body paints. It puts the
 * reader's theme, type and UI language on `<html>` (no light flash for a dark reader, no wrong
 * direction), and hides a prerendered page the app is about to replace (another address, or a UI
 * language the build did not render) so the reader never sees the wrong page flash by.
 * Built on its own (scripts/prerender.ts), without React or zod.
 */
import { applyDocumentLanguage, readStoredLanguage } from '../../lib/language.ts'
import { applyReadingSettings, READING_SETTINGS_KEY, readingSettingsFrom } from '../../lib/readingSettingsValues.ts'
import { prerenderFits } from '../prerender/prerenderState.ts'

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
