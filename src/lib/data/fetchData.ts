/**
 * The one way the app reads the data contract: fetch a JSON file under `/data/`, then validate it
 * with the shared schema, so a file written by an older or broken ingest fails loudly here instead
 * of rendering half a page.
 */
import type { z } from 'zod/mini'
import { DataError, NotFoundError } from './dataErrors.ts'

const DATA_ROOT = `${import.meta.env.BASE_URL}data/`

export function dataUrl(path: string): string {
  return DATA_ROOT + path
}

export async function fetchData<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
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
    // A static host answering an unknown path with index.html lands here too.
    throw new DataError(path, 'not valid JSON', { cause })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new DataError(path, 'does not match the data contract', { cause: parsed.error })
  return parsed.data
}
