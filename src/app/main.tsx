/**
 * The reader app's entry: fonts and styles, the saved reading settings, then the providers (i18n,
 * data, router) around the routes. index.html loads this module and provides `<div id="root">`.
 *
 * A prerendered page (scripts/prerender.ts) is hydrated when its markup is what this visit would
 * render (same address, Arabic UI, Latin digits): the query data it was rendered from seeds the
 * cache, so the first render matches and nothing is fetched twice. Otherwise the app renders
 * afresh over it (the boot script has hidden it meanwhile). An English reader's first render
 * waits for the English strings, which are not part of this script (lib/i18n.ts).
 */
import '@/styles/app.css'
import type { i18n as I18n } from 'i18next'
import { startTransition, useLayoutEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { createAppI18n } from '@/lib/i18n.ts'
import { readStoredLanguage, uiLanguages } from '@/lib/language.ts'
import { createQueryClient } from '@/lib/queryClient.ts'
import { readingSettingsStore } from '@/lib/readingSettings.ts'
import { applyReadingSettings } from '@/lib/readingSettingsValues.ts'
import { preloadDataErrorView } from '@/components/QueryView.tsx'
import { App } from './App.tsx'
import { AppRoutes } from './AppRoutes.tsx'
import { parseState, prerenderFits, PRERENDER_STATE_ID, seedQueries } from './prerender/prerenderState.ts'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

// Already done by the boot script in a built page; the dev server's page has none.
const settings = readingSettingsStore.get()
applyReadingSettings(settings)
const language = readStoredLanguage()

const queryClient = createQueryClient()
const prerendered = parseState(document.getElementById(PRERENDER_STATE_ID)?.textContent)

// An English reader's first render waits for the English strings (a small chunk), so it never
// shows Arabic words in an English page; the boot script keeps the prerendered Arabic markup
// hidden meanwhile. In Arabic the instance is ready at once. Either way the app starts in a task
// of its own: evaluating this script (every module of the first screen) is already one long task
// on a slow phone, and hydration's first slice would only lengthen it.
// Creating the i18n instance is about a third of that evaluation's own JavaScript (CPU profile
// at 4×), so it runs in a task of its own too. (Profiling it? With a DevTools client attached, as
// Lighthouse and Playwright are, the evaluation takes about 4× longer than for a reader: react-dom
// builds Error objects as it loads, the inspector wants a detailed stack for each, and V8 re-parses
// this whole script and react-dom's factory to find their source positions. A trace shows it as
// V8.CollectSourcePositions, about 1 ms without a client.)
setTimeout(() => void createAppI18n(language).then((i18n) => setTimeout(() => start(i18n, root), 0)), 0)

function start(i18n: I18n, root: HTMLElement): void {
  const app = (
    <App queryClient={queryClient} i18n={i18n}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </App>
  )
  if (prerendered !== null && prerenderFits(prerendered.path, window.location, language, settings.digits)) {
    seedQueries(queryClient, prerendered.queries)
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for the whole page: the prerendered page stays scrollable meanwhile.
    startTransition(() => {
      hydrateRoot(root, app)
    })
  } else {
    createRoot(root).render(
      <>
        {app}
        <StaleMarkupReplaced />
      </>,
    )
  }
  // The other language's strings (first screen and pages) come next, off the first paint's path
  // (the service worker precaches them anyway), so choosing it switches the page at once, in the
  // click that chose it. createAppI18n has asked for this language's page strings already.
  void i18n.loadLanguages([...uiLanguages])
  preloadDataErrorView()
}

/** After the app's first commit has replaced the markup the boot script hid: show the page. */
function StaleMarkupReplaced() {
  useLayoutEffect(() => {
    delete document.documentElement.dataset['prerender']
  }, [])
  return null
}
