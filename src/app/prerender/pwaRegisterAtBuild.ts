/**
 * `virtual:pwa-register/react` while prerendering (prerenderPlugin.ts aliases it here): at build
 * time there is no service worker to register, so the hook is in its first state (no update
 * waiting), which is also what the browser's first render sees, and the markup matches.
 */
import { useState } from 'react'

export function useRegisterSW(_options?: unknown) {
  return {
    needRefresh: useState(false),
    offlineReady: useState(false),
    updateServiceWorker: async (_reload?: boolean) => {},
  }
}
