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

/**
 * On a prerendered page the app's scripts are started here, after the page's first paint (a frame,
 * then a task), so the reader sees the text before the JavaScript is fetched; a hidden tab, which
 * gets no frames, starts them after a second instead.
 */
function startApp(script: HTMLOrSVGScriptElement | null): void {
  const entry = script?.dataset['entry']
  if (entry === undefined || entry === '') return
  const preloads = (script?.dataset['preload'] ?? '').split(' ').filter((href) => href !== '')
  let started = false
  const start = () => {
    if (started) return
    started = true
    for (const href of preloads) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
    }
    const app = document.createElement('script')
    app.type = 'module'
    app.crossOrigin = ''
    app.src = entry
    document.head.append(app)
  }
  requestAnimationFrame(() => setTimeout(start, 0))
  setTimeout(start, 1000)
}

startApp(document.currentScript)

