/**
 * The page's handle on search: the search manifest (read and validated here, small), the term
 * processor it was built with (to find matches in displayed text), its suggestions, and `search`,
 * answered by the search worker (worker/searchWorker.ts) — or in the page where workers are not
 * available.
 */
import { searchManifestSchema, type SearchManifest } from '@/core/searchSchema.ts'
import { searchTermProcessor, type TermProcessor } from '@/core/search/searchTerms.ts'
import { DataError, NotFoundError } from '@/lib/data/dataErrors.ts'
import { DATA_TIMEOUT_MS } from '@/lib/data/fetchData.ts'
import { SEARCH_MEASURES } from '@/lib/perfMarks.ts'
import { fetchSearchData } from '../worker/fetchSearchData.ts'
import type { SearchReply, SearchRequest } from '../worker/searchMessages.ts'
import { SearchSession, type SearchAnswer } from '@/core/search/searchSession.ts'

export interface SearchEngine {
  readonly processTerm: TermProcessor
  readonly suggestions: readonly string[]
  /** As SearchSession.search: `firstScreen` may be given the first screen's results ahead of the rest. */
  search(query: string, limit: number, firstScreen?: (answer: SearchAnswer) => void): Promise<SearchAnswer>
}

type Search = SearchEngine['search']

/**
 * Messages to and from a search worker, started at once so its script loads while the search
 * manifest is on its way (restarted on the next search if it fails). The page holds each answer
 * to the data timeout too: the worker's own fetches time out, but a worker that stops answering
 * at all must not leave the view loading for ever, so past the deadline it is ended (its
 * requests with it) and the next search, a Retry, starts a fresh one.
 */
function workerSearch(manifestLoad: Promise<SearchManifest>): Search {
  let worker: Worker | null = null
  let manifest: SearchManifest | null = null
  interface Pending {
    firstScreen: ((answer: SearchAnswer) => void) | undefined
    resolve: (answer: SearchAnswer) => void
    reject: (error: Error) => void
    sent: number
    deadline: ReturnType<typeof setTimeout>
  }
  const waiting = new Map<number, Pending>()
  let nextId = 0
  const settle = (id: number): Pending | undefined => {
    const pending = waiting.get(id)
    if (pending === undefined) return undefined
    waiting.delete(id)
    clearTimeout(pending.deadline)
    return pending
  }
  const onReply = (event: MessageEvent<SearchReply>) => {
    const reply = event.data
    if ('answer' in reply && !reply.answer.complete) {
      waiting.get(reply.id)?.firstScreen?.(reply.answer)
      return
    }
    const pending = settle(reply.id)
    if (pending === undefined) return
    if ('answer' in reply) {
      performance.measure(SEARCH_MEASURES.answer, { start: pending.sent, detail: { query: reply.answer.query } })
      pending.resolve(reply.answer)
    } else if (reply.failure.notFound) pending.reject(new NotFoundError(reply.failure.path))
    else pending.reject(new DataError(reply.failure.path, reply.failure.message, { kind: reply.failure.kind }))
  }
  const stop = (error: () => DataError) => {
    for (const id of [...waiting.keys()]) settle(id)?.reject(error())
    worker?.terminate()
    worker = null
  }
  const onError = () => stop(() => new DataError('search worker', 'failed to run'))
  const started = (): Worker => {
    if (worker !== null) return worker
    worker = new Worker(new URL('../worker/searchWorker.ts', import.meta.url), { type: 'module', name: 'search' })
    worker.addEventListener('message', onReply)
    worker.addEventListener('error', onError)
    const starting = worker
    const open = (loaded: SearchManifest) =>
      starting.postMessage({ kind: 'open', manifest: loaded } satisfies SearchRequest)
    // A worker restarted after an error is opened before the search that restarted it is posted.
    if (manifest !== null) open(manifest)
    else
      manifestLoad.then(
        (loaded) => {
          manifest = loaded
          open(loaded)
        },
        () => starting.terminate(),
      )
    return worker
  }
  started()
  return (query, limit, firstScreen) =>
    new Promise((resolve, reject) => {
      const id = nextId++
      const deadline = setTimeout(
        () => stop(() => new DataError('search', `no answer within ${DATA_TIMEOUT_MS} ms`, { kind: 'timeout' })),
        DATA_TIMEOUT_MS,
      )
      waiting.set(id, { firstScreen, resolve, reject, sent: performance.now(), deadline })
      const request: SearchRequest = { kind: 'search', id, query, limit }
      started().postMessage(request)
    })
}

function pageSearch(manifest: SearchManifest): Search {
  const session = new SearchSession(manifest, fetchSearchData)
  return (query, limit, firstScreen) => session.search(query, limit, firstScreen)
}

export async function openSearchEngine(path: string, signal?: AbortSignal): Promise<SearchEngine> {
  const manifestLoad = fetchSearchData(path, searchManifestSchema, signal)
  const inWorker = typeof Worker === 'undefined' ? null : workerSearch(manifestLoad)
  const manifest = await manifestLoad
  return {
    processTerm: searchTermProcessor(manifest.synonyms),
    suggestions: manifest.suggestions,
    search: inWorker ?? pageSearch(manifest),
  }
}

/** Only the term processing (for highlighting on an article reached from search): no worker, no shard. */
export async function openSearchTerms(path: string, signal?: AbortSignal): Promise<TermProcessor> {
  const manifest = await fetchSearchData(path, searchManifestSchema, signal)
  return searchTermProcessor(manifest.synonyms)
}
