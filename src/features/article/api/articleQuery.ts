import { queryOptions } from '@tanstack/react-query'
import { articleSchema, dataPaths } from '@/core/schema.ts'
import { fetchData } from '@/lib/data/fetchData.ts'

export function getArticle(id: string, signal?: AbortSignal) {
  return fetchData(dataPaths.article(id), articleSchema, signal)
}

/** One article. Call only with an id that passed `articleIdSchema`: it becomes part of a URL. */
export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['articles', 'detail', id], queryFn: ({ signal }) => getArticle(id, signal) })
