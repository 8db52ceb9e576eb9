/**
 * Reloads the page when a new service worker takes it over, so the code running in the tab is
 * always the code of the worker serving it (docs/app.md: never a broken mix of versions).
 *
 * vite-plugin-pwa reloads on its own only when the page was already controlled when it loaded; a
 * reader whose FIRST visit is still open when a new version is accepted would otherwise stay on
 * the old code, now served by the new worker — whose cache lacks the old code's lazy chunks. The
 * same holds when the reader accepts the update in another tab: the new worker claims this one too.
 *
 * The first install taking control (clientsClaim) is not a replacement: the page already runs
 * that worker's version.
 */
export function reloadWhenReplaced(): () => void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined
  if (container === undefined) return () => undefined
  let controlled = container.controller !== null
  const onControllerChange = () => {
    if (controlled) window.location.reload()
    controlled = true
  }
  container.addEventListener('controllerchange', onControllerChange)
  return () => container.removeEventListener('controllerchange', onControllerChange)
}
