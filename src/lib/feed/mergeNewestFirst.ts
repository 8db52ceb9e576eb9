/**
 * Merges feed lists (each already newest first, as the ingest wrote them) into one list, newest
 * first and without duplicates — the union a multi-topic filter shows.
 *
 * Lists arrive a page at a time, so the merge only emits what is certain: it stops as soon as a
 * list that has more pages on the server runs out of loaded items, because its next page could
 * hold something newer than every remaining head. `needs` names the lists to load next.
 */
import type { ArticleSummary } from '@/core/schema.ts'

export interface LoadedList {
  items: readonly ArticleSummary[]
  /** Every page of this list has been loaded. */
  exhausted: boolean
}

export interface MergedFeed {
  items: ArticleSummary[]
  /** Indexes of the lists whose next page must load before the merge can go further. */
  needs: number[]
  /** Every list was read to its end: `items` is the whole union. */
  complete: boolean
}

/** Newest first; undated articles after every dated one. Equal dates compare as 0. */
export function compareNewestFirst(
  a: Pick<ArticleSummary, 'publishedAt'>,
  b: Pick<ArticleSummary, 'publishedAt'>,
): number {
  if (a.publishedAt === b.publishedAt) return 0
  if (a.publishedAt === null) return 1
  if (b.publishedAt === null) return -1
  return a.publishedAt < b.publishedAt ? 1 : -1
}

export function mergeNewestFirst(lists: readonly LoadedList[]): MergedFeed {
  const cursors = lists.map(() => 0)
  const seen = new Set<string>()
  const items: ArticleSummary[] = []

  for (;;) {
    const needs = lists.flatMap((list, i) => (!list.exhausted && cursors[i] === list.items.length ? [i] : []))
    if (needs.length > 0) return { items, needs, complete: false }

    // Pick the newest head; on a tie the earlier list wins, so each list keeps its own order.
    let best = -1
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]?.items[cursors[i] ?? 0]
      if (head === undefined) continue
      const bestHead = best === -1 ? undefined : lists[best]?.items[cursors[best] ?? 0]
      if (bestHead === undefined || compareNewestFirst(head, bestHead) < 0) best = i
    }
    if (best === -1) return { items, needs: [], complete: true }

    const item = lists[best]?.items[cursors[best] ?? 0]
    cursors[best] = (cursors[best] ?? 0) + 1
    if (item !== undefined && !seen.has(item.id)) {
      seen.add(item.id)
      items.push(item)
    }
  }
}
