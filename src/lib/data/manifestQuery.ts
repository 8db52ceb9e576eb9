import { queryOptions } from '@tanstack/react-query'
import { dataPaths } from '@/core/dataPaths.ts'
import { fetchData } from './fetchData.ts'

export function getManifest(signal?: AbortSignal) {
  // The schema (and zod with it) loads with the first request, not with the home page's script.
  return fetchData(
    dataPaths.manifest,
    () => import('@/core/schema.ts').then((contract) => contract.manifestSchema),
    signal,
  )
}

/** The manifest: topics with counts and labels, and the feed lists with their page counts. */
export const manifestQueryOptions = () =>
  queryOptions({ queryKey: ['manifest'], queryFn: ({ signal }) => getManifest(signal) })
