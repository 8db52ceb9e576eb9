/**
 * A tab can stay open for days, and the browser looks for a new service worker only on a
 * navigation it handles itself (a full page load), never on the app's own route changes. So the
 * app asks too: when the network comes back, when the tab comes back into view, and every hour.
 * A new version then installs in the background and the reader is offered it (PwaStatus).
 */
const HOURLY = 60 * 60 * 1000

export function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    // Offline, or a server answering sw.js badly: there is nothing to install; try next time.
    if (navigator.onLine) registration.update().catch(() => undefined)
  }
  window.addEventListener('online', check)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check()
  })
  setInterval(check, HOURLY)
}
