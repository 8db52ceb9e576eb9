import { useQueryClient } from '@tanstack/react-query'
import { startTransition, useEffect, useState } from 'react'
import { ALL_LIST } from '@/config/paths.ts'
import type { ArticleSummary } from '@/core/schema.ts'
import { mergedFeedQueryOptions } from '@/lib/feed/mergedFeedQuery.ts'
import { whenIdle } from '@/lib/whenIdle.ts'
import { reachableSelections } from './topicSelection.ts'

/**
 * Bounds the warm-up on a taxonomy with many topics: each topic costs one feed page (about 6 KB
 * gzip) the reader may never ask for, and a hidden first screen of cards.
 */
export const MAX_PREFETCHED_SELECTIONS = 12

/** A selection one press away whose first round is loaded, ready to be shown. */
export interface ReachableFeed {
  /** The lists it merges (topic ids, or the whole feed's list). */
  readonly lists: readonly string[]
  readonly items: readonly ArticleSummary[]
}

/**
 * Once the page is idle, loads the first round of every selection one chip press away (each topic
 * toggled, and "all"), one after the other, and returns those loaded so far: the feed draws their
 * first screens hidden (FeedLists.tsx), so that a press shows one by uncovering it, in the frame
 * after the click, without building its cards then. Each selection's pages are the lists' own
 * first pages, shared with every other selection, so the cost is one page per topic;
 * react-query's prefetch is a no-op for what is already cached and fresh.
 *
 * What it returns changes only when the page is idle, never in the render of a press: the
 * previews of the selection left behind are replaced after the new one is on screen.
 */
export function useReachableFeeds(selected: readonly string[], topicIds: readonly string[]): readonly ReachableFeed[] {
  const client = useQueryClient()
  const [ready, setReady] = useState<readonly ReachableFeed[]>([])
  const selectionKey = selected.join(' ')
  const topicsKey = topicIds.join(' ')
  useEffect(() => {
    const next = reachableSelections(
      selectionKey === '' ? [] : selectionKey.split(' '),
      topicsKey === '' ? [] : topicsKey.split(' '),
    )
    let cancelled = false
    const warm = async () => {
      const loaded: ReachableFeed[] = []
      for (const selection of next.slice(0, MAX_PREFETCHED_SELECTIONS)) {
        const lists = selection.length > 0 ? selection : [ALL_LIST]
        const options = mergedFeedQueryOptions(lists, 1)
        await client.prefetchQuery(options)
        if (cancelled) return
        // A warm-up that failed (offline, a server error) leaves nothing behind: the press then
        // loads as it would have without it, rather than opening on this stale failure.
        if (client.getQueryState(options.queryKey)?.status === 'error')
          client.removeQueries({ queryKey: options.queryKey, exact: true })
        const data = client.getQueryData(options.queryKey)
        if (data === undefined) continue
        loaded.push({ lists, items: data.items })
        const shown = [...loaded]
        // Drawn hidden, at low priority: the reader's next press may come before it is done.
        startTransition(() => setReady(shown))
      }
    }
    const cancel = whenIdle(() => void warm())
    return () => {
      cancelled = true
      cancel()
    }
  }, [client, selectionKey, topicsKey])
  return ready
}
