import { queryOptions } from '@tanstack/react-query'
import { loadMergedFeed } from './loadMergedFeed.ts'

/**
 * The merged, newest-first union of some feed lists after `rounds` rounds of paging
 * (1 = first pages). The key holds the sorted list ids, so `?topic=a&topic=b` and
 * `?topic=b&topic=a` share a cache entry.
 */
export const mergedFeedQueryOptions = (listIds: readonly string[], rounds: number) => {
  const lists = [...new Set(listIds)].sort()
  return queryOptions({
    queryKey: ['feed', 'merged', lists, rounds],
    queryFn: ({ client }) => loadMergedFeed(client, lists, { maxRounds: rounds }),
  })
}
