import { queryOptions } from '@tanstack/react-query'
import { dataPaths, feedPageSchema } from '../../core/schema.ts'
import { fetchData } from './fetchData.ts'

export function getFeedPage(list: string, page: number, signal?: AbortSignal) {
  return fetchData(dataPaths.feedPage(list, page), feedPageSchema, signal)
}

/** One page of a feed list (`all` or a topic id), newest first as the ingest wrote it. */
export const feedPageQueryOptions = (list: string, page: number) =>
  queryOptions({
    queryKey: ['feed', 'page', list, page],
    queryFn: ({ signal }) => getFeedPage(list, page, signal),
  })
