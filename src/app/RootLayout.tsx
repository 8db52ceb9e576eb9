import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react'
import { Outlet, useLocation } from 'react-router'
import { AppFooter } from '@/components/AppFooter.tsx'
import { AppHeader } from '@/components/AppHeader.tsx'
import { CardFormatProvider } from '@/components/cardFormat.tsx'
import { PageFocusProvider } from '@/components/pageFocus.tsx'
import { SkipLink } from '@/components/SkipLink.tsx'
import { shortcutsListening } from '@/features/shortcuts/shortcutsListening.ts'
import { PwaStatus } from '@/pwa/PwaStatus.tsx'
import { announceAppReady } from './boot/appReady.ts'
import { enableWebFonts, switchOnArrivedWebFonts } from './boot/webFonts.ts'
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx'
import { RouteLoading } from './routes/RouteLoading.tsx'
import { useInAppLinks } from './useInAppLinks.ts'
import { useSavedKeptOffline } from './useSavedKeptOffline.ts'
import { useScrollRestoration } from './useScrollRestoration.ts'

// Not needed to draw the first screen: fetched as the app starts, before it announces itself ready.
const shortcuts = () => import('@/features/shortcuts/components/KeyboardShortcuts.tsx')
const KeyboardShortcuts = lazy(() => shortcuts().then((module) => ({ default: module.KeyboardShortcuts })))

/** Skip link, masthead, the page in `<main>`, footer; keyboard shortcuts everywhere. */
export function RootLayout() {
  const { pathname } = useLocation()
  useWebFontsFromTheNextPage(pathname)
  useScrollRestoration()
  useInAppLinks()
  useSavedKeptOffline()
  // Outside the page's own boundaries, so moving between pages keeps one reader of what cards show.
  return (
    <PageFocusProvider>
      <CardFormatProvider>
        <SkipLink />
        <AppHeader />
        <PwaStatus />
        <main id="main" className="app-main" tabIndex={-1}>
          {/* A new path is a new page: its state starts fresh and its heading takes focus. */}
          <RouteErrorBoundary key={pathname}>
            <Suspense fallback={<RouteLoading />}>
              <Outlet />
              <AppReady />
            </Suspense>
          </RouteErrorBoundary>
        </main>
        <AppFooter />
        <Suspense fallback={null}>
          <KeyboardShortcuts />
        </Suspense>
      </CardFormatProvider>
    </PageFocusProvider>
  )
}

/**
 * Web fonts that arrived while the reader read the first page come in with the next one, before
 * it paints (boot/webFonts.ts): a page never changes face under the reader's eyes.
 */
function useWebFontsFromTheNextPage(pathname: string) {
  const firstPage = useRef(pathname)
  useLayoutEffect(() => {
    if (pathname !== firstPage.current) switchOnArrivedWebFonts()
  }, [pathname])
}

/**
 * Inside the route's Suspense boundary, so its effect runs once the page itself (its lazy route
 * included) has hydrated or rendered: then the taps the boot script held can be replayed. The web
 * fonts are the boot script's to switch on in a built page; the dev server's page has no boot
 * script (and a built page's script need not carry this).
 */
function AppReady() {
  useEffect(() => {
    if (import.meta.env.DEV) enableWebFonts()
    // Keys are the app's too: ready once its shortcuts listen (a chunk fetched from the start;
    // should it fail, as offline before the service worker has it, the rest is ready all the same).
    const ready = () => announceAppReady()
    void shortcuts()
      .then(
        () => shortcutsListening,
        () => undefined,
      )
      .then(ready)
  }, [])
  return null
}
