import type { UseQueryResult } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import { useTranslation } from '../lib/translation.ts'
import { isNotFound } from '../lib/data/dataErrors.ts'

// Only a failed request needs it, so it is not part of the first screen's script; the service
// worker precaches it with the rest, so it loads offline too.
const DataErrorView = lazy(() => import('./DataErrorView.tsx').then((module) => ({ default: module.DataErrorView })))

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
        <DataErrorView error={query.error} level={level} retrying={query.isFetching} onRetry={() => void query.refetch()} />
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
