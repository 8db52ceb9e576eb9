import { queryOptions } from '@tanstack/react-query'
import { loadMergedFeed } from '@/lib/feed/loadMergedFeed.ts'
import { compareNewestFirst } from '@/lib/feed/mergeNewestFirst.ts'
import { findNeighbours } from '../neighbours.ts'

/** Pages read at most to find an article in its list; beyond that the links are left out. */
const MAX_ROUNDS = 20

/**
 * An article's previous and next in the list the reader came from (`all`, a topic, or the union
 * of a filter). Pages load only until the article and the one after it are in, or until the list
 * has passed the article's date, so an article deep in a large list costs a few pages, not all.
 */
export const neighboursQueryOptions = (
  lists: readonly string[],
  article: { id: string; publishedAt: string | null },
) => {
  const sorted = [...new Set(lists)].sort()
  return queryOptions({
    queryKey: ['feed', 'neighbours', sorted, article.id],
    queryFn: async ({ client }) => {
      const merged = await loadMergedFeed(client, sorted, {
        maxRounds: MAX_ROUNDS,
        until: ({ items }) => {
          const index = items.findIndex((item) => item.id === article.id)
          if (index !== -1) return index + 1 < items.length
          const last = items.at(-1)
          return last !== undefined && compareNewestFirst(last, article) > 0
        },
      })
      return findNeighbours(merged.items, article.id)
    },
  })
}
