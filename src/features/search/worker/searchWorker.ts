/**
 * The search worker: looks queries up in the sharded term index off the main thread, so a
 * keystroke never waits on fetching, parsing or ranking. Opened with the search manifest, then
 * answers each `search` with the best articles' summaries (searchSession.ts).
 */
import { DataError, NotFoundError } from '@/lib/data/dataErrors.ts'
import { fetchSearchData } from './fetchSearchData.ts'
import type { SearchFailure, SearchReply, SearchRequest } from './searchMessages.ts'
import { SearchSession, type SearchAnswer } from '@/core/search/searchSession.ts'

/** The worker's global scope, as far as this file uses it (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void
  postMessage(message: SearchReply): void
}
const scope = self as unknown as WorkerScope

let session: SearchSession | null = null

function failure(error: unknown): SearchFailure {
  if (error instanceof NotFoundError)
    return { notFound: true, path: error.path, message: error.message, kind: 'corrupt' }
  if (error instanceof DataError) return { notFound: false, path: error.path, message: error.message, kind: error.kind }
  return { notFound: false, path: '', message: error instanceof Error ? error.message : String(error), kind: 'corrupt' }
}

scope.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data
  if (request.kind === 'open') {
    session = new SearchSession(request.manifest, fetchSearchData)
    return
  }
  const reply = (message: SearchReply) => scope.postMessage(message)
  if (session === null) {
    reply({
      id: request.id,
      failure: { notFound: false, path: '', message: 'search worker not opened', kind: 'corrupt' },
    })
    return
  }
  // A first screen answered ahead of the rest goes out as it comes, like the answer itself.
  const answered = (answer: SearchAnswer) => reply({ id: request.id, answer })
  session
    .search(request.query, request.limit, answered)
    .then(answered, (error: unknown) => reply({ id: request.id, failure: failure(error) }))
})
