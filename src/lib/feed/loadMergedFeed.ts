/**
 * Loads just enough pages of one or more feed lists to show their merged, newest-first union.
 * Each page goes through its own query (`feedPageQueryOptions`), so pages are fetched once and
 * shared by the feed, a topic's page and an article's previous/next links. `fetchQuery` (not
 * `ensureQueryData`) so that pages marked stale — on reconnect, see pwa/useRefreshOnReconnect —
 * are read again rather than served from memory.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ArticleSummary } from '@/core/schema.ts'
import { feedPageQueryOptions } from '../data/feedPageQuery.ts'
import { manifestQueryOptions } from '../data/manifestQuery.ts'
import { mergeNewestFirst, type MergedFeed } from './mergeNewestFirst.ts'

export interface MergeLoadOptions {
  /** How many rounds of page loads at most: the first pages are round 1, each "load more" one more. */
  maxRounds: number
  /** Stops early once the merged prefix has what the caller wants. */
  until?: (merged: MergedFeed) => boolean
}

export async function loadMergedFeed(
  client: QueryClient,
  listIds: readonly string[],
  { maxRounds, until }: MergeLoadOptions,
): Promise<MergedFeed> {
  const manifest = await client.fetchQuery(manifestQueryOptions())
  // A list the manifest does not know (a topic with no articles) is simply empty.
  const pageCounts = listIds.map((id) => manifest.feed.lists.find((list) => list.id === id)?.pageCount ?? 0)
  const pages: ArticleSummary[][][] = listIds.map(() => [])

  for (let round = 0; ; round++) {
    const merged = mergeNewestFirst(
      pages.map((loaded, i) => ({ items: loaded.flat(), exhausted: loaded.length >= (pageCounts[i] ?? 0) })),
    )
    if (merged.complete || round >= maxRounds || until?.(merged)) return merged
    await Promise.all(
      merged.needs.map(async (i) => {
        const listPages = pages[i]
        const id = listIds[i]
        if (listPages === undefined || id === undefined) return
        const page = await client.fetchQuery(feedPageQueryOptions(id, listPages.length + 1))
        listPages.push(page.items)
      }),
    )
  }
}
