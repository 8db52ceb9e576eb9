import { QueryClient } from '@tanstack/react-query'
import { isNotFound } from './data/dataErrors.ts'

/**
 * The data folder only changes when a new build is deployed (and the service worker then offers
 * the update), so data stays fresh for the whole visit. A missing file is not retried: it will
 * still be missing; anything else gets one more try before the error view with its Retry button.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30 * 60 * 1000,
        gcTime: 60 * 60 * 1000,
        retry: (failureCount, error) => !isNotFound(error) && failureCount < 1,
        refetchOnWindowFocus: false,
      },
    },
  })
}
