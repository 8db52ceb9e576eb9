import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { mergedFeedQueryOptions } from './mergedFeedQuery.ts'
import type { Selection } from './selection.ts'

/**
 * A selection's merged feed shown through `rounds` rounds of paging, and "load more": a mutation
 * that fetches the next round first and only then reports the new round count (which the caller
 * puts in the URL), so the list never blanks out, and a failure leaves what is shown in place.
 */
export function useMergedFeed(selection: Selection, rounds: number, onRoundsChange: (rounds: number) => void) {
  const queryClient = useQueryClient()
  const query = useQuery({ ...mergedFeedQueryOptions(selection, rounds), placeholderData: keepPreviousData })
  const loadingMore = useMutation({
    mutationFn: (next: number) => queryClient.fetchQuery(mergedFeedQueryOptions(selection, next)),
  })
  // A "load more" still running when the reader changes the filter must not report back (nor
  // show as pending for the new selection): reset, the mutation's own callbacks never run.
  // Leaving the page does the same (react-query drops a mutate's callbacks on unmount).
  const { reset } = loadingMore
  useEffect(() => reset, [selection, reset])
  const loadMore = () => loadingMore.mutate(rounds + 1, { onSuccess: () => onRoundsChange(rounds + 1) })
  return { query, loadMore, loadingMore }
}
