/**
 * The service worker's runtime cache of data files (vite.config.ts, runtimeCaching): every file
 * under /data/ the app reads is kept there, and offline the worker answers from it. The app puts
 * saved articles there too (features/saved/offlineCopies.ts), so they open offline unread.
 */
export const DATA_CACHE_NAME = 'sahifa-data'
