import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { TopicSummary } from '@/core/schema.ts'
import { mergedFeedQueryOptions } from '@/lib/feed/mergedFeedQuery.ts'
import type { Selection } from '@/lib/feed/selection.ts'
import { whenIdle } from '@/lib/whenIdle.ts'
import { reachableSelections } from './topicSelection.ts'

/**
 * Bounds the warm-up on a taxonomy with many topics: each topic costs one feed page (about 6 KB
 * gzip) the reader may never ask for.
 */
export const MAX_PREFETCHED_SELECTIONS = 12

/**
 * Once the page is idle, loads the first round of every selection one chip press away (each topic
 * toggled, and "all"), one after the other, into the query cache: a press then shows its cards
 * from memory, with no request between the click and the list. Each selection's pages are the
 * lists' own first pages, shared with every other selection, so the cost is one page per topic;
 * react-query's prefetch is a no-op for what is already cached and fresh.
 */
export function usePrefetchReachable(selection: Selection, topics: readonly TopicSummary[]): void {
  const client = useQueryClient()
  useEffect(() => {
    const next = reachableSelections(
      selection,
      topics.map((topic) => topic.id),
    )
    let cancelled = false
    const warm = async () => {
      for (const reachable of next.slice(0, MAX_PREFETCHED_SELECTIONS)) {
        const options = mergedFeedQueryOptions(reachable, 1)
        await client.prefetchQuery(options)
        if (cancelled) return
        // A warm-up that failed (offline, a server error) leaves nothing behind: the press then
        // loads as it would have without it, rather than opening on this stale failure.
        if (client.getQueryState(options.queryKey)?.status === 'error')
          client.removeQueries({ queryKey: options.queryKey, exact: true })
      }
    }
    const cancel = whenIdle(() => void warm())
    return () => {
      cancelled = true
      cancel()
    }
  }, [client, selection, topics])
}
