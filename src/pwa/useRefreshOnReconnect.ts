import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

/**
 * Back online, every data query is marked stale and the ones on screen refetch in the background:
 * what failed while offline fills in, and what is shown is replaced only once the new copy has
 * arrived (react-query keeps the old data meanwhile), so the refresh is quiet — no spinner, no
 * error if the network drops again. The default `refetchOnReconnect` alone would skip data that
 * is not yet stale, and a merged feed reads its pages through the cache.
 */
export function useRefreshOnReconnect(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onlineManager.subscribe((online) => {
        if (online) void queryClient.invalidateQueries()
      }),
    [queryClient],
  )
}
