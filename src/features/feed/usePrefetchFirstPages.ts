import { useQueryClient } from '@tanstack/react-query'
import { feedPageQueryOptions } from '@/lib/data/feedPageQuery.ts'

/**
 * Asks for the first page of each list while the manifest is still on its way: a page's address
 * (`feed/<list>/1.json`) is known without it, so the feed's first two requests go out together
 * instead of one after the other. The merged feed later reads the same queries from the cache.
 * (react-query's usePrefetchQuery, for a list of queries.)
 */
export function usePrefetchFirstPages(lists: readonly string[]): void {
  const client = useQueryClient()
  for (const list of lists) {
    const options = feedPageQueryOptions(list, 1)
    if (client.getQueryState(options.queryKey) === undefined) void client.prefetchQuery(options)
  }
}
