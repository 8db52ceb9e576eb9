import { Outlet, ScrollRestoration, useLocation } from 'react-router'
import { AppFooter } from '../components/AppFooter.tsx'
import { AppHeader } from '../components/AppHeader.tsx'
import { PageFocusProvider } from '../components/pageFocus.tsx'
import { SkipLink } from '../components/SkipLink.tsx'
import { KeyboardShortcuts } from '../features/shortcuts/components/KeyboardShortcuts.tsx'
import { PwaStatus } from '../pwa/PwaStatus.tsx'

/** Skip link, masthead, the page in `<main>`, footer; keyboard shortcuts everywhere. */
export function RootLayout() {
  const { pathname } = useLocation()
  return (
    <PageFocusProvider>
      <SkipLink />
      <AppHeader />
      <PwaStatus />
      <main id="main" className="app-main" tabIndex={-1}>
        {/* A new path is a new page: its state starts fresh and its heading takes focus. */}
        <Outlet key={pathname} />
      </main>
      <AppFooter />
      <KeyboardShortcuts />
      <ScrollRestoration />
    </PageFocusProvider>
  )
}
