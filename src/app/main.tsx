/**
 * The reader app's entry: fonts and styles, the saved reading settings, then the providers (i18n,
 * data, router) around the routes. index.html loads this module and provides `<div id="root">`.
 *
 * A prerendered page (scripts/prerender.ts) is hydrated when its markup is what this visit would
 * render (same address, Arabic UI, Latin digits): the query data it was rendered from seeds the
 * cache, so the first render matches and nothing is fetched twice. Otherwise the app renders
 * afresh over it (the boot script has hidden it meanwhile).
 */
import '@fontsource/noto-naskh-arabic/arabic-400.css'
import '@fontsource/noto-naskh-arabic/arabic-700.css'
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css'
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css'
import '../styles/app.css'
import { startTransition, useLayoutEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { createAppI18n } from '../lib/i18n.ts'
import { readStoredLanguage } from '../lib/language.ts'
import { createQueryClient } from '../lib/queryClient.ts'
import { applyReadingSettings, readingSettingsStore } from '../lib/readingSettings.ts'
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
const app = (
  <App queryClient={queryClient} i18n={createAppI18n(language)}>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </App>
)

const prerendered = parseState(document.getElementById(PRERENDER_STATE_ID)?.textContent)
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

/** After the app's first commit has replaced the markup the boot script hid: show the page. */
function StaleMarkupReplaced() {
  useLayoutEffect(() => {
    delete document.documentElement.dataset['prerender']
  }, [])
  return null
}
