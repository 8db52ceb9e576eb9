import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { mergedFeedQueryOptions } from './mergedFeedQuery.ts'

/**
 * A merged feed shown through `rounds` rounds of paging, with a "load more" action. Loading more
 * fetches the next round first and only then reports the new round count (which the caller puts
 * in the URL), so the list never blanks out, and a failure leaves what is shown in place.
 */
export function useMergedFeed(lists: readonly string[], rounds: number, onRoundsChange: (rounds: number) => void) {
  const queryClient = useQueryClient()
  const query = useQuery({ ...mergedFeedQueryOptions(lists, rounds), placeholderData: keepPreviousData })
  const loadMore = useMutation({
    mutationFn: () => queryClient.fetchQuery(mergedFeedQueryOptions(lists, rounds + 1)),
    onSuccess: () => onRoundsChange(rounds + 1),
  })
  return { query, loadMore }
}
