/**
 * Reads one search data file and validates it with its zod/mini schema (core/searchSchema.ts), in
 * the search worker as in the page: the same failures as the rest of the data contract (a missing
 * file is NotFound, anything else a DataError that a retry may fix).
 */
import { z } from 'zod/mini'
import { DataError, NotFoundError } from '../../../lib/data/dataErrors.ts'
import { dataUrl } from '../../../lib/data/fetchData.ts'

export async function fetchSearchData<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(dataUrl(path), { signal, headers: { Accept: 'application/json' } })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new DataError(path, 'network error', { cause })
  }
  if (response.status === 404) throw new NotFoundError(path)
  if (!response.ok) throw new DataError(path, `HTTP ${response.status}`)
  let json: unknown
  try {
    json = await response.json()
  } catch (cause) {
    throw new DataError(path, 'not valid JSON', { cause })
  }
  const parsed = z.safeParse(schema, json)
  if (!parsed.success) throw new DataError(path, 'does not match the data contract', { cause: parsed.error })
  return parsed.data
}
