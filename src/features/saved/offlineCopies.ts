/**
 * Saved means readable offline, even for an article never opened: each saved article's JSON (its
 * related articles' summaries are part of it) is put in the service worker's data cache, which
 * answers for it offline. Unsaving lets go of a copy that saving put there; an article the reader
 * had opened before saving it stays, as every article read once does (vite.config.ts).
 *
 * Follows the saved-articles store, wherever the saving happened (article page, card, another
 * tab's change read at start-up), and on start fetches what is missing (saved offline, or before
 * this existed). Which copies saving made is kept on the device, so a later visit knows them.
 */
import { dataPaths } from '@/core/dataPaths.ts'
import { isArticleId } from '@/core/ids.ts'
import { dataUrl } from '@/lib/data/fetchData.ts'
import { savedArticlesStore } from '@/lib/savedArticles.ts'
import { createDeviceStore, type DeviceStore } from '@/lib/storage.ts'
import { DATA_CACHE_NAME } from '@/pwa/dataCache.ts'

export const OFFLINE_COPIES_KEY = 'sahifa.offlineCopies'

/** Ids of the saved articles whose cached copy saving made (and unsaving removes). */
export const offlineCopiesStore = createDeviceStore<string[]>(
  OFFLINE_COPIES_KEY,
  (stored) => (Array.isArray(stored) && stored.every(isArticleId) ? stored : undefined),
  [],
)

export interface OfflineCopiesDeps {
  saved: Pick<DeviceStore<readonly { id: string }[]>, 'get' | 'subscribe'>
  copies: DeviceStore<string[]>
  openCache: () => Promise<Pick<Cache, 'match' | 'put' | 'delete'>>
  fetch: (url: string) => Promise<Response>
}

const browserDeps = (): OfflineCopiesDeps => ({
  saved: savedArticlesStore,
  copies: offlineCopiesStore,
  openCache: () => caches.open(DATA_CACHE_NAME),
  fetch: (url) => fetch(url, { headers: { Accept: 'application/json' } }),
})

/** Starts following the saved articles; returns how to stop. Resolves each change in order. */
export function keepSavedOffline(deps: OfflineCopiesDeps = browserDeps()): {
  stop: () => void
  settled: () => Promise<void>
} {
  let queue = Promise.resolve()
  const follow = () => {
    queue = queue.then(() => reconcile(deps)).catch(() => undefined)
  }
  follow()
  const unsubscribe = deps.saved.subscribe(follow)
  return { stop: unsubscribe, settled: () => queue }
}

/** Every saved article has a cached copy; every copy saving made belongs to a saved article. */
async function reconcile({ saved, copies, openCache, fetch }: OfflineCopiesDeps): Promise<void> {
  const cache = await openCache()
  const savedIds = new Set(saved.get().map((article) => article.id))
  for (const id of copies.get()) {
    if (savedIds.has(id)) continue
    await cache.delete(dataUrl(dataPaths.article(id)))
    copies.set(copies.get().filter((other) => other !== id))
  }
  for (const id of savedIds) {
    const url = dataUrl(dataPaths.article(id))
    if ((await cache.match(url)) !== undefined) continue
    // Offline, or the article is gone: tried again at the next change or visit.
    const response = await fetch(url).catch(() => null)
    if (response === null || response.status !== 200) continue
    await cache.put(url, response)
    if (!copies.get().includes(id)) copies.set([...copies.get(), id])
  }
}

/**
 * Starts keeping copies once a service worker controls the page (at once on a later visit, at
 * its `controllerchange` on the first): only it answers from the cache, so before that there is
 * nothing to keep them for. Returns how to stop.
 */
export function keepSavedOfflineUnderWorker(serviceWorker: ServiceWorkerContainer): () => void {
  let keeper: { stop: () => void } | null = null
  const start = () => {
    if (serviceWorker.controller !== null && keeper === null) keeper = keepSavedOffline()
  }
  start()
  serviceWorker.addEventListener('controllerchange', start)
  return () => {
    serviceWorker.removeEventListener('controllerchange', start)
    keeper?.stop()
  }
}
