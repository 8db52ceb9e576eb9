/**
 * The one way the app reads the data contract: fetch a JSON file under `/data/`, then validate it
 * with the shared schema, so a file written by an older or broken ingest fails loudly here instead
 * of rendering half a page (and a "word" too long to lay out gets break opportunities, see
 * breakLongRuns.ts). A server that never answers (or stops halfway through the body) is cut
 * off after DATA_TIMEOUT_MS, so no view waits on a spinner for ever.
 *
 * The schema may come as a loader (`() => import(...)`): the first screen's queries pass one, so
 * zod is not part of the home page's JavaScript. It is started together with the request and
 * awaited only once the JSON is in, so validation adds no round trip.
 */
import type { z } from 'zod/mini'
import { DataError, NotFoundError } from './dataErrors.ts'

const DATA_ROOT = `${import.meta.env.BASE_URL}data/`

/** Long enough for a large feed page on a slow phone network, short enough that a reader still waits. */
export const DATA_TIMEOUT_MS = 10_000

export interface FetchDataOptions {
  /** How long to wait for the whole file (headers and body); DATA_TIMEOUT_MS unless a caller needs otherwise. */
  timeoutMs?: number
  /**
   * Give long runs break opportunities (the default: the data is display text). Off for files
   * whose strings are lookup keys, not text to show (the search index's terms).
   */
  breakRuns?: boolean
}

export function dataUrl(path: string): string {
  return DATA_ROOT + path
}

/** A schema, or a function that loads it (a dynamic import), for code that must not carry zod up front. */
export type SchemaSource<Schema extends z.ZodMiniType> = Schema | (() => Promise<Schema>)

/** Starts a load at once; its outcome is kept, never thrown unhandled, until it is awaited. */
function startLoading<T>(load: () => Promise<T>): Promise<{ value: T } | { cause: unknown }> {
  return load().then(
    (value) => ({ value }),
    (cause: unknown) => ({ cause }),
  )
}

export async function fetchData<Schema extends z.ZodMiniType>(
  path: string,
  schemaSource: SchemaSource<Schema>,
  signal?: AbortSignal,
  { timeoutMs = DATA_TIMEOUT_MS, breakRuns = true }: FetchDataOptions = {},
): Promise<z.infer<Schema>> {
  const loading = startLoading(typeof schemaSource === 'function' ? schemaSource : async () => schemaSource)
  // Needed only once the file is in, so it loads alongside the request too.
  const breaking = breakRuns
    ? startLoading(() => import('./breakLongRuns.ts').then((module) => module.breakLongRuns))
    : null
  // One controller for both reasons to stop: the caller's signal (the view went away) and the
  // timeout. Linked by hand rather than AbortSignal.any, which older Safari lacks.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const stopWithCaller = () => controller.abort(signal?.reason)
  if (signal?.aborted) stopWithCaller()
  signal?.addEventListener('abort', stopWithCaller, { once: true })
  // The validator's own script could not be fetched (offline without it cached, or a new
  // deployment removed it): the file itself may be fine, so this is a network failure to retry.
  const loaded = async <T>(outcome: Promise<{ value: T } | { cause: unknown }>): Promise<T> => {
    const settled = await outcome
    if ('value' in settled) return settled.value
    throw new DataError(path, 'the validator could not be loaded', { kind: 'network', cause: settled.cause })
  }
  const failure = (reason: string, kind: 'network' | 'corrupt', cause: unknown) => {
    if (timedOut) return new DataError(path, `no complete answer within ${timeoutMs} ms`, { kind: 'timeout', cause })
    if (signal?.aborted) return cause
    return new DataError(path, reason, { kind, cause })
  }

  try {
    let response: Response
    try {
      response = await fetch(dataUrl(path), { signal: controller.signal, headers: { Accept: 'application/json' } })
    } catch (cause) {
      throw failure('network error', 'network', cause)
    }
    if (response.status === 404) throw new NotFoundError(path)
    if (!response.ok) throw new DataError(path, `HTTP ${response.status}`, { kind: 'server' })

    let json: unknown
    try {
      json = await response.json()
    } catch (cause) {
      // A truncated file, or a static host answering an unknown path with index.html.
      throw failure('not valid JSON', 'corrupt', cause)
    }
    const schema = await loaded(loading)
    const parsed = schema.safeParse(json)
    if (!parsed.success) throw new DataError(path, 'does not match the data contract', { cause: parsed.error })
    return breaking === null ? parsed.data : (await loaded(breaking))(parsed.data)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', stopWithCaller)
  }
}
