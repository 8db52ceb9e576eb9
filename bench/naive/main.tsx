/**
 * The NAIVE BASELINE of the benchmarks (STACK.md "Reference figures"): the project's stack with
 * nothing else, rendered on the client the obvious way — React, React DOM, React Router, React
 * Query, i18next + react-i18next and the PWA registration — showing a heading and the article count
 * of the data it is served with, and one toggle: the floor a filter click can reach on this stack and
 * machine. Built by the bench with bench/naive/vite.config.ts, never shipped.
 */
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query'
import i18next from 'i18next'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { initReactI18next, useTranslation } from 'react-i18next'
import { createBrowserRouter, Link, RouterProvider } from 'react-router'
import { registerSW } from 'virtual:pwa-register'

const STRINGS = {
  ar: {
    title: 'الأساس الساذج',
    count_one: 'مقال واحد',
    count_other: '{{count}} مقالًا',
    loading: 'جارٍ التحميل…',
    home: 'الرئيسية',
    toggle: 'إظهار العدد',
    hidden: 'العدد مخفي',
  },
  en: {
    title: 'Naive baseline',
    count_one: 'One article',
    count_other: '{{count}} articles',
    loading: 'Loading…',
    home: 'Home',
    toggle: 'Show the count',
    hidden: 'Count hidden',
  },
}

void i18next.use(initReactI18next).init({
  lng: 'ar',
  fallbackLng: 'en',
  resources: { ar: { translation: STRINGS.ar }, en: { translation: STRINGS.en } },
  interpolation: { escapeValue: false },
})

const manifestQuery = queryOptions({
  queryKey: ['manifest'],
  queryFn: async (): Promise<{ articleCount: number }> => (await fetch('/data/manifest.json')).json(),
})

function Home() {
  const { t } = useTranslation()
  const manifest = useQuery(manifestQuery)
  const [shown, setShown] = useState(true)
  return (
    <main>
      <h1>{t('title')}</h1>
      <button type="button" aria-pressed={shown} onClick={() => setShown(!shown)}>
        {t('toggle')}
      </button>
      <p role="status">
        {!shown ? t('hidden') : manifest.data ? t('count', { count: manifest.data.articleCount }) : t('loading')}
      </p>
      <Link to="/">{t('home')}</Link>
    </main>
  )
}

const router = createBrowserRouter([{ path: '*', element: <Home /> }])
const queryClient = new QueryClient()

registerSW({ immediate: true })

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
