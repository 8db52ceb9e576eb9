/**
 * Reads one search data file, in the search worker as in the page, through the app's one data
 * reader (lib/data/fetchData.ts): the same timeout, the same failure kinds (missing, network,
 * timeout, server, damaged) for the error view to name, and long runs broken in the summaries it
 * shows. Term shards keep their strings as they are: they are lookup keys, never shown.
 */
import type { z } from 'zod/mini'
import { termShardSchema } from '@/core/searchSchema.ts'
import { fetchData } from '@/lib/data/fetchData.ts'

export function fetchSearchData<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const breakRuns = (schema as z.ZodMiniType) !== termShardSchema
  return fetchData(path, schema, signal, { breakRuns }) as Promise<T>
}
