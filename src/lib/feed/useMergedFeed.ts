import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { mergedFeedQueryOptions } from './mergedFeedQuery.ts'

/** A "load more" under way, or failed, for the lists it was started for. */
interface LoadingMore {
  readonly listsKey: string
  readonly failed: boolean
}

/**
 * A merged feed shown through `rounds` rounds of paging, with a "load more" action. Loading more
 * fetches the next round first and only then reports the new round count (which the caller puts
 * in the URL), so the list never blanks out, and a failure leaves what is shown in place. (A few
 * lines of state rather than react-query's useMutation, which would add its observer to every
 * first load.)
 */
export function useMergedFeed(lists: readonly string[], rounds: number, onRoundsChange: (rounds: number) => void) {
  const queryClient = useQueryClient()
  const query = useQuery({ ...mergedFeedQueryOptions(lists, rounds), placeholderData: keepPreviousData })
  const listsKey = lists.join(' ')
  const [loading, setLoading] = useState<LoadingMore | null>(null)
  // A "load more" still running when the reader changes the filter, or leaves the page, must not
  // report back: only the one started for the lists shown now (and still mounted) does.
  const shownKey = useRef<string | null>(listsKey)
  useEffect(() => {
    shownKey.current = listsKey
    return () => {
      shownKey.current = null
    }
  }, [listsKey])
  const current = loading?.listsKey === listsKey ? loading : null
  const loadMore = {
    mutate: () => {
      const startedFor = listsKey
      setLoading({ listsKey: startedFor, failed: false })
      queryClient.fetchQuery(mergedFeedQueryOptions(lists, rounds + 1)).then(
        () => {
          if (shownKey.current !== startedFor) return
          setLoading(null)
          onRoundsChange(rounds + 1)
        },
        () => {
          if (shownKey.current === startedFor) setLoading({ listsKey: startedFor, failed: true })
        },
      )
    },
    isPending: current !== null && !current.failed,
    isError: current?.failed === true,
  }
  return { query, loadMore }
}
