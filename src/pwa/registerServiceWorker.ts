/**
 * Registers the service worker that precaches the app shell and data (see vite.config.ts).
 * Kept out of the render path: registration waits for the page to load so it never competes
 * with the first screen. Update prompts and offline notices build on the `onNeedRefresh` /
 * `onOfflineReady` hooks of `virtual:pwa-register`.
 */
import { registerSW } from 'virtual:pwa-register'

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  registerSW({ immediate: false })
}
