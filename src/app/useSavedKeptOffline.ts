import { useEffect } from 'react'

/**
 * Keeps saved articles readable offline (features/saved/offlineCopies.ts), loaded on its own
 * after the first screen: where there is a service worker to answer from its cache.
 */
export function useSavedKeptOffline(): void {
  useEffect(() => {
    if (globalThis.navigator?.serviceWorker === undefined || !('caches' in globalThis)) return
    let stop: (() => void) | undefined
    let unmounted = false
    void import('@/features/saved/offlineCopies.ts').then(({ keepSavedOfflineUnderWorker }) => {
      if (!unmounted) stop = keepSavedOfflineUnderWorker(navigator.serviceWorker)
    })
    return () => {
      unmounted = true
      stop?.()
    }
  }, [])
}
