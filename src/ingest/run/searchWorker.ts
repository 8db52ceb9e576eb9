/**
 * The search index thread's worker (searchThread.ts): builds the index from the articles it is
 * sent, in order, and answers once with the index's files or the first error. The answer goes
 * through a port the main thread reads synchronously, and a shared flag wakes it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import type { SynonymGroups } from '@/core/search/searchTerms.ts'
import { SearchIndexBuilder, type SearchIndexBuild, type SearchSource } from '../search/searchIndex.ts'

export interface SearchThreadSetup {
  readonly synonyms: SynonymGroups
  /** Where the answer goes. */
  readonly answers: MessagePort
  /** Set to 1, and notified, once the answer is posted. */
  readonly answered: Int32Array
}

export type SearchThreadMessage =
  | { readonly kind: 'add'; readonly articles: readonly SearchSource[] }
  | { readonly kind: 'finish'; readonly topicTerms: readonly string[] }

export type SearchThreadAnswer = { readonly build: SearchIndexBuild } | { readonly error: string }

const port = parentPort
if (!port) throw new Error('searchWorker.ts runs as a worker thread only')
const { synonyms, answers, answered } = workerData as SearchThreadSetup
const builder = new SearchIndexBuilder(synonyms)
let failure: string | null = null

function answer(message: SearchThreadAnswer): void {
  answers.postMessage(message)
  Atomics.store(answered, 0, 1)
  Atomics.notify(answered, 0)
}

port.on('message', (message: SearchThreadMessage) => {
  if (failure !== null && message.kind === 'add') return
  try {
    if (message.kind === 'add') for (const article of message.articles) builder.add(article)
    else answer(failure === null ? { build: builder.finish(message.topicTerms) } : { error: failure })
  } catch (error) {
    failure = (error as Error).stack ?? String(error)
    if (message.kind === 'finish') answer({ error: failure })
  }
})
