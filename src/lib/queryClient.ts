import { QueryClient } from '@tanstack/react-query'
import { isNotFound, isTimeout } from './data/dataErrors.ts'

/**
 * The data folder only changes when a new build is deployed (and the service worker then offers
 * the update), so data stays fresh for the whole visit. A missing file is not retried: it will
 * still be missing; a timeout is not retried either (the reader has already waited the whole
 * timeout; the error view's Retry is theirs to press); anything else gets one more try before the
 * error view.
 *
 * `networkMode: 'always'`: a request is always tried, offline too. The service worker may well
 * have the file, and a failure becomes an error view with Retry; react-query's default ('online')
 * would instead pause the request while the browser says it is offline, leaving a spinner for ever.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30 * 60 * 1000,
        gcTime: 60 * 60 * 1000,
        retry: (failureCount, error) => !isNotFound(error) && !isTimeout(error) && failureCount < 1,
        refetchOnWindowFocus: false,
        networkMode: 'always',
      },
      mutations: { networkMode: 'always' },
    },
  })
}
