import { lazy, Suspense } from 'react'

// Nothing in it is needed for the first paint (an online reader sees nothing at all), so the
// service worker registration and the notices load after it, as their own chunk.
const PwaNotices = lazy(() => import('./PwaNotices.tsx').then((module) => ({ default: module.PwaNotices })))

/**
 * Where the app says what offline use means for the reader: offline, a new version ready (see
 * PwaNotices). The live region is there from the first paint, so a screen reader announces what
 * later appears in it.
 */
export function PwaStatus() {
  return (
    <div className="pwa-status" aria-live="polite">
      <Suspense fallback={null}>
        <PwaNotices />
      </Suspense>
    </div>
  )
}
