import { queryOptions } from '@tanstack/react-query'
import { loadMergedFeed } from '@/lib/feed/loadMergedFeed.ts'
import { compareNewestFirst } from '@/lib/feed/mergeNewestFirst.ts'
import type { Selection } from '@/lib/feed/selection.ts'
import { findNeighbours } from '../neighbours.ts'

interface ArticleDate {
  id: string
  publishedAt: string | null
}

/** Pages read at most to find an article in its list; beyond that the links are left out. */
const MAX_ROUNDS = 20

/**
 * An article's previous and next in the list the reader came from (`all`, a topic, or the union
 * of a filter). Pages load only until the article and the one after it are in, or until the list
 * has passed the article's date, so an article deep in a large list costs a few pages, not all.
 */
export const neighboursQueryOptions = (from: Selection, { id, publishedAt }: ArticleDate) =>
  queryOptions({
    queryKey: ['feed', 'neighbours', from.lists, id, publishedAt],
    queryFn: async ({ client }) => {
      const merged = await loadMergedFeed(client, from.lists, {
        maxRounds: MAX_ROUNDS,
        until: ({ items }) => {
          const index = items.findIndex((item) => item.id === id)
          if (index !== -1) return index + 1 < items.length
          const last = items.at(-1)
          return last !== undefined && compareNewestFirst(last, { publishedAt }) > 0
        },
      })
      return findNeighbours(merged.items, id)
    },
  })
