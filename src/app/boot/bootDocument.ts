/**
 * The boot script (docs/boot.md §3): a tiny classic script in `<head>`, run before the body paints.
 * It puts the reader's theme, type and UI language on `<html>` (no light flash for a dark reader,
 * no wrong direction), and hides a prerendered page the app is about to replace (another address,
 * or a UI language the build did not render) so the reader never sees the wrong page flash by. A
 * one-topic feed filter gets its own prerendered content in place of the hidden feed (filterPage.ts).
 * On a prerendered page it then starts the app and the web fonts after the first paint (startApp.ts,
 * webFonts.ts) and holds the reader's taps on controls until the app is ready for them (heldTaps.ts).
 * Built on its own by the prerender (src/app/prerender/prerenderPlugin.ts), without React or zod.
 */
import { applyDocumentLanguage, readStoredLanguage } from '@/lib/language.ts'
import { applyReadingSettings, READING_SETTINGS_KEY, readingSettingsFrom } from '@/lib/readingSettingsValues.ts'
import { oneTopicFilter, prerenderedFile } from '../prerender/prerenderedPages.ts'
import { prerenderFits } from '../prerender/prerenderState.ts'
import { swapInPrerenderedPage } from './filterPage.ts'
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

const script = document.currentScript
const settings = readingSettingsFrom(storedJson(READING_SETTINGS_KEY))
const language = readStoredLanguage()
applyReadingSettings(settings)
applyDocumentLanguage(language)

const renderedFor = script?.dataset['prerenderedFor']
// The address as the build would have prerendered it: a filter's page is one of the build's too.
const here = window.location.pathname + window.location.search
const filterPage =
  renderedFor !== undefined &&
  oneTopicFilter(window.location) !== null &&
  prerenderFits(here, window.location, language, settings.digits)
if (renderedFor !== undefined && !prerenderFits(renderedFor, window.location, language, settings.digits)) {
  document.documentElement.dataset['prerender'] = 'stale'
}

// Fonts this browser has loaded before are on from the first paint; otherwise they come with the app.
if (webFontsCached()) enableWebFonts({ atOnce: true })

// Only a page that carries the app's entry (a prerendered page) starts it here and holds taps.
if (script?.dataset['entry'] !== undefined) {
  holdTapsUntilAppReady()
  const start = (pageHidden: boolean) =>
    startAppAfterFirstPaint(script, { pageHidden, onStart: () => enableWebFonts() })
  if (filterPage) {
    void swapInPrerenderedPage(prerenderedFile(here)).then((swapped) => start(!swapped))
  } else {
    start(document.documentElement.dataset['prerender'] === 'stale')
  }
} else {
  enableWebFonts()
}
