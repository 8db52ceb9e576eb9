import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import { StrictMode, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'

interface AppProvidersProps {
  queryClient: QueryClient
  i18n: i18n
  /** The router with the routes: `<BrowserRouter>` in the browser, `<StaticRouter>` when prerendering. */
  children: ReactNode
}

export function App({ queryClient, i18n, children }: AppProvidersProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  )
}
