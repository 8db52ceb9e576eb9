/**
 * A one-topic filter of the feed (`/?topic=<id>`) on a static host (docs/boot.md §3). The host
 * answers `/` whatever the query string, with the unfiltered feed's page, which the boot script
 * hides at once; this fetches the filter's own prerendered page (written by the build beside the
 * others: prerenderedPages.ts) and puts its content in place of the hidden feed, so the filtered
 * cards paint one small request after the HTML, before the app's code has even been requested,
 * and the app then hydrates them like any prerendered page. Should the request fail, the app
 * renders the page itself, as for any other address the build did not prerender.
 */
import { PRERENDER_STATE_ID } from '../prerender/prerenderState.ts'

/** Starts the request now (the body is still being parsed); resolves true once the page is swapped in. */
export function swapInPrerenderedPage(file: string): Promise<boolean> {
  const page = fetch(`/${file}`, { headers: { Accept: 'text/html' } }).then((response) =>
    response.ok ? response.text() : Promise.reject(new Error(`${file}: HTTP ${response.status}`)),
  )
  const parsed = new Promise<void>((resolve) => {
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => resolve(), { once: true })
    else resolve()
  })
  return Promise.all([page, parsed]).then(
    ([html]) => {
      const fetched = new DOMParser().parseFromString(html, 'text/html')
      const root = document.getElementById('root')
      const state = document.getElementById(PRERENDER_STATE_ID)
      const fetchedRoot = fetched.getElementById('root')
      const fetchedState = fetched.getElementById(PRERENDER_STATE_ID)
      if (root === null || state === null || fetchedRoot === null || fetchedState === null) return false
      root.replaceChildren(...document.adoptNode(fetchedRoot).childNodes)
      state.textContent = fetchedState.textContent
      document.title = fetched.title
      delete document.documentElement.dataset['prerender']
      return true
    },
    () => false,
  )
}
