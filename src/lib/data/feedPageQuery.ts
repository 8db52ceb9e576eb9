import { queryOptions } from '@tanstack/react-query'
import { dataPaths } from '@/core/dataPaths.ts'
import { fetchData } from './fetchData.ts'

export function getFeedPage(list: string, page: number, signal?: AbortSignal) {
  // The schema (and zod with it) loads with the first request, not with the home page's script.
  return fetchData(
    dataPaths.feedPage(list, page),
    () => import('@/core/schema.ts').then((contract) => contract.feedPageSchema),
    signal,
  )
}

/** One page of a feed list (`all` or a topic id), newest first as the ingest wrote it. */
export const feedPageQueryOptions = (list: string, page: number) =>
  queryOptions({
    queryKey: ['feed', 'page', list, page],
    queryFn: ({ signal }) => getFeedPage(list, page, signal),
  })
