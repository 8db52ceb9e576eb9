import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { mergedFeedQueryOptions } from './mergedFeedQuery.ts'

/**
 * A merged feed shown through `rounds` rounds of paging, with a "load more" action. Loading more
 * fetches the next round first and only then reports the new round count (which the caller puts
 * in the URL), so the list never blanks out, and a failure leaves what is shown in place.
 */
export function useMergedFeed(lists: readonly string[], rounds: number, onRoundsChange: (rounds: number) => void) {
  const queryClient = useQueryClient()
  const query = useQuery({ ...mergedFeedQueryOptions(lists, rounds), placeholderData: keepPreviousData })
  const mutation = useMutation({ mutationFn: () => queryClient.fetchQuery(mergedFeedQueryOptions(lists, rounds + 1)) })
  const { reset } = mutation
  // A "load more" still running when the reader changes the filter must not report back:
  // resetting detaches it, so its success no longer calls onRoundsChange for the old lists.
  const listsKey = lists.join(' ')
  useEffect(() => reset, [listsKey, reset])
  const loadMore = {
    mutate: () => mutation.mutate(undefined, { onSuccess: () => onRoundsChange(rounds + 1) }),
    isPending: mutation.isPending,
    isError: mutation.isError,
  }
  return { query, loadMore }
}
