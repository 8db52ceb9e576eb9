import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import { StrictMode, type ReactNode } from 'react'
import { I18nProvider } from '@/lib/translation.ts'

interface AppProvidersProps {
  queryClient: QueryClient
  i18n: i18n
  /** The router with the routes: `<BrowserRouter>` in the browser, `<StaticRouter>` when prerendering. */
  children: ReactNode
}

export function App({ queryClient, i18n, children }: AppProvidersProps) {
  return (
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </I18nProvider>
    </StrictMode>
  )
}
