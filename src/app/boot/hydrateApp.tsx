/**
 * The app's side of the hand-over (docs/boot.md §4): hydrate the prerendered page when its markup
 * is what this visit would render (same address, Arabic UI, Latin digits), seeding the cache with
 * the query data it was rendered from so the first render matches and nothing is fetched twice;
 * otherwise render afresh over it (the boot script has hidden it meanwhile).
 */
import type { i18n as I18n } from 'i18next'
import { startTransition, useLayoutEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { preloadDataErrorView } from '@/components/QueryView.tsx'
import { createAppI18n } from '@/lib/i18n.ts'
import { readStoredLanguage, uiLanguages } from '@/lib/language.ts'
import { createQueryClient } from '@/lib/queryClient.ts'
import { readingSettingsStore } from '@/lib/readingSettings.ts'
import { applyReadingSettings } from '@/lib/readingSettingsValues.ts'
import { App } from '../App.tsx'
import { AppRoutes } from '../AppRoutes.tsx'
import { parseState, prerenderFits, PRERENDER_STATE_ID, seedQueries } from '../prerender/prerenderState.ts'

/**
 * Starts the app in `root`. An English reader's first render waits for the English strings (a
 * small chunk, lib/i18n.ts), so it never shows Arabic words in an English page; in Arabic the
 * instance is ready at once. Creating it, and then rendering, each run in a task of their own:
 * evaluating the entry (every module of the first screen) is already one long task on a slow
 * phone, and neither should lengthen it (docs/boot.md §4 has the profile).
 */
export function startReaderApp(root: HTMLElement): void {
  // Already done by the boot script in a built page; the dev server's page has none.
  const settings = readingSettingsStore.get()
  applyReadingSettings(settings)
  const language = readStoredLanguage()
  const prerendered = parseState(document.getElementById(PRERENDER_STATE_ID)?.textContent)
  const fits = prerendered !== null && prerenderFits(prerendered.path, window.location, language, settings.digits)
  setTimeout(
    () =>
      void createAppI18n(language).then((i18n) => setTimeout(() => render(i18n, root, fits ? prerendered : null), 0)),
    0,
  )
}

function render(i18n: I18n, root: HTMLElement, prerendered: ReturnType<typeof parseState>): void {
  const queryClient = createQueryClient()
  const app = (
    <App queryClient={queryClient} i18n={i18n}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </App>
  )
  if (prerendered !== null) {
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
