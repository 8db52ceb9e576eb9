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
  /**
   * The best `limit` results of `query`, streamed: the first screen's ahead of the rest when their
   * summaries must be fetched (SearchSession.search; `complete` false), then the whole answer.
   */
  search(query: string, limit: number): AsyncIterable<SearchAnswer>
}

type Search = SearchEngine['search']

/** Where a search's replies go as they come: each answer (the last one ends it), or its failure. */
interface ReplySink {
  answer(answer: SearchAnswer): void
  fail(error: Error): void
}

/** A search's replies (however `start` gets them) as the stream SearchEngine.search returns. */
async function* replies(start: (sink: ReplySink) => void): AsyncGenerator<SearchAnswer> {
  const queue: SearchAnswer[] = []
  let ended = false
  let failure: Error | null = null
  let wake = () => {}
  start({
    answer: (answer) => {
      queue.push(answer)
      ended = answer.complete
      wake()
    },
    fail: (error) => {
      failure = error
      ended = true
      wake()
    },
  })
  for (;;) {
    const next = queue.shift()
    if (next !== undefined) yield next
    else if (failure !== null) throw failure
    else if (ended) return
    else await new Promise<void>((resolve) => (wake = resolve))
  }
}

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
    sink: ReplySink
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
      waiting.get(reply.id)?.sink.answer(reply.answer)
      return
    }
    const pending = settle(reply.id)
    if (pending === undefined) return
    if ('answer' in reply) {
      performance.measure(SEARCH_MEASURES.answer, { start: pending.sent, detail: { query: reply.answer.query } })
      pending.sink.answer(reply.answer)
    } else if (reply.failure.notFound) pending.sink.fail(new NotFoundError(reply.failure.path))
    else pending.sink.fail(new DataError(reply.failure.path, reply.failure.message, { kind: reply.failure.kind }))
  }
  const stop = (error: () => DataError) => {
    for (const id of [...waiting.keys()]) settle(id)?.sink.fail(error())
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
  return (query, limit) =>
    replies((sink) => {
      const id = nextId++
      const deadline = setTimeout(
        () => stop(() => new DataError('search', `no answer within ${DATA_TIMEOUT_MS} ms`, { kind: 'timeout' })),
        DATA_TIMEOUT_MS,
      )
      waiting.set(id, { sink, sent: performance.now(), deadline })
      const request: SearchRequest = { kind: 'search', id, query, limit }
      started().postMessage(request)
    })
}

function pageSearch(manifest: SearchManifest): Search {
  const session = new SearchSession(manifest, fetchSearchData)
  return (query, limit) =>
    replies((sink) => {
      session
        .search(query, limit, sink.answer)
        .then(sink.answer, (error: unknown) => sink.fail(error instanceof Error ? error : new Error(String(error))))
    })
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
