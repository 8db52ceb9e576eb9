import { queryOptions } from '@tanstack/react-query'
import { dataPaths, manifestSchema } from '../../core/schema.ts'
import { fetchData } from './fetchData.ts'

export function getManifest(signal?: AbortSignal) {
  return fetchData(dataPaths.manifest, manifestSchema, signal)
}

/** The manifest: topics with counts and labels, and the feed lists with their page counts. */
export const manifestQueryOptions = () =>
  queryOptions({ queryKey: ['manifest'], queryFn: ({ signal }) => getManifest(signal) })
