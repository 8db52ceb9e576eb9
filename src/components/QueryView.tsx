import type { UseQueryResult } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isNotFound } from '@/lib/data/dataErrors.ts'

// Only a failed request needs it, so it is not part of the first screen's script. It is fetched
// right after startup (main.tsx), because the failure it reports may be the network itself.
const loadDataErrorView = () => import('./DataErrorView.tsx')
const DataErrorView = lazy(() => loadDataErrorView().then((module) => ({ default: module.DataErrorView })))

/** Fetches the error view ahead of need; called once the app has started. */
export function preloadDataErrorView(): void {
  void loadDataErrorView().catch(() => {
    // Offline already: left to the lazy component, which asks again when it is first rendered.
  })
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>
  level?: 'page' | 'section'
  /** What to show when the file does not exist; without it a 404 is an error like any other. */
  notFound?: ReactNode
  children: (data: T) => ReactNode
}

/** The three faces of a query: loading, failed (with Retry → refetch), or its data. */
export function QueryView<T>({ query, level = 'page', notFound, children }: QueryViewProps<T>) {
  if (query.data !== undefined) return children(query.data)
  if (query.isError) {
    if (notFound !== undefined && isNotFound(query.error)) return notFound
    return (
      <Suspense fallback={<Loading />}>
        <DataErrorView
          error={query.error}
          level={level}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      </Suspense>
    )
  }
  return <Loading />
}

function Loading() {
  const { t } = useTranslation()
  return (
    <p className="loading" aria-busy="true">
      {t('common.loading')}
    </p>
  )
}
