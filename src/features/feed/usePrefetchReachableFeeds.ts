import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { ALL_LIST } from '../../config/paths.ts'
import { mergedFeedQueryOptions } from '../../lib/feed/mergedFeedQuery.ts'
import { reachableSelections } from './topicSelection.ts'
import { whenIdle } from '../../lib/whenIdle.ts'

/**
 * Bounds the warm-up on a taxonomy with many topics: each topic costs one feed page (about 6 KB
 * gzip) the reader may never ask for.
 */
export const MAX_PREFETCHED_SELECTIONS = 12

/**
 * Once the page is idle, loads the first round of every selection one chip press away (each topic
 * toggled, and "all"), one after the other, so that a press finds its results in the cache and the
 * new list is drawn in the same render as the pressed chip: no round through the network, no
 * frame of the old list marked busy. Each selection's pages are the lists' own first pages, shared
 * with every other selection, so the cost is one page per topic. react-query's prefetch is a no-op
 * for what is already cached and fresh. Scheduled from an effect because it must wait for idle
 * time; the loading itself goes through the same query options as the feed.
 */
export function usePrefetchReachableFeeds(selected: readonly string[], topicIds: readonly string[]): void {
  const client = useQueryClient()
  const selectionKey = selected.join(' ')
  const topicsKey = topicIds.join(' ')
  useEffect(() => {
    const next = reachableSelections(selectionKey === '' ? [] : selectionKey.split(' '), topicsKey === '' ? [] : topicsKey.split(' '))
    let cancelled = false
    const warm = async () => {
      for (const selection of next.slice(0, MAX_PREFETCHED_SELECTIONS)) {
        if (cancelled) return
        const options = mergedFeedQueryOptions(selection.length > 0 ? selection : [ALL_LIST], 1)
        await client.prefetchQuery(options)
        // A warm-up that failed (offline, a server error) leaves nothing behind: the press then
        // loads as it would have without it, rather than opening on this stale failure.
        if (client.getQueryState(options.queryKey)?.status === 'error') client.removeQueries({ queryKey: options.queryKey, exact: true })
      }
    }
    const cancel = whenIdle(() => void warm())
    return () => {
      cancelled = true
      cancel()
    }
  }, [client, selectionKey, topicsKey])
}
