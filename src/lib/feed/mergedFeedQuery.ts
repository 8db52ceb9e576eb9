import { queryOptions } from '@tanstack/react-query'
import { loadMergedFeed } from './loadMergedFeed.ts'
import type { Selection } from './selection.ts'

/**
 * The merged, newest-first union of a selection's feed lists after `rounds` rounds of paging
 * (1 = first pages), with the lists it is for: while another selection loads, the cards shown
 * are still this one's, and link to their articles with this one's `?from=`.
 */
export const mergedFeedQueryOptions = (selection: Selection, rounds: number) =>
  queryOptions({
    queryKey: ['feed', 'merged', selection.lists, rounds],
    queryFn: async ({ client }) => ({
      ...(await loadMergedFeed(client, selection.lists, { maxRounds: rounds })),
      lists: selection.lists,
    }),
  })
