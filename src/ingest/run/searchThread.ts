/**
 * The search index built on a thread of its own. The index needs nothing the related stage
 * makes, so the ingest hands it the articles around that stage (assemble/buildContract.ts) and on
 * a 2-core machine it is built on the second core while the main thread relates articles and
 * writes their files, a phase in which the second core was idle (docs/performance.md, "The ingest").
 *
 * The contract's files are built by a synchronous generator, so `finish` waits synchronously:
 * it blocks on a shared flag the worker sets once its answer is posted, then reads the answer
 * from a port without the event loop (receiveMessageOnPort). A worker that died without an
 * answer is reported after ANSWER_TIMEOUT_MS instead of blocking the run for ever.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { SynonymGroups } from '@/core/search/searchTerms.ts'
import type { SearchIndexBuild, SearchIndexSink, SearchSource } from '../search/searchIndex.ts'
import type { SearchThreadAnswer, SearchThreadMessage, SearchThreadSetup } from './searchWorker.ts'
import { typeScriptWorkerSource } from './typeScriptWorker.ts'

/** Below this many articles the thread's start (loading the index's TypeScript) costs more than it saves. */
export const MIN_ARTICLES_FOR_SEARCH_THREAD = 2000
/** Articles per message: few messages, each small next to the whole corpus. */
const BATCH_SIZE = 256
/** Building the index of 100,000 articles takes about 15 s; ten minutes means the worker is gone. */
const ANSWER_TIMEOUT_MS = 10 * 60_000

export function searchIndexThread(synonyms: SynonymGroups): SearchIndexSink {
  const { port1: answers, port2 } = new MessageChannel()
  const answered = new Int32Array(new SharedArrayBuffer(4))
  const setup: SearchThreadSetup = { synonyms, answers: port2, answered }
  const worker = new Worker(typeScriptWorkerSource(new URL('./searchWorker.ts', import.meta.url)), {
    eval: true,
    workerData: setup,
    transferList: [port2],
  })
  // `finish` waits for the answer without the event loop, so the loop need not wait for the
  // worker: a run that fails before `finish` (a bad file, a full disk) exits instead of hanging.
  worker.unref()
  let batch: SearchSource[] = []
  const send = (message: SearchThreadMessage) => worker.postMessage(message)

  return {
    add(article) {
      batch.push(article)
      if (batch.length < BATCH_SIZE) return
      send({ kind: 'add', articles: batch })
      batch = []
    },
    finish(topicTerms): SearchIndexBuild {
      if (batch.length > 0) send({ kind: 'add', articles: batch })
      batch = []
      send({ kind: 'finish', topicTerms })
      const waited = Atomics.wait(answered, 0, 0, ANSWER_TIMEOUT_MS)
      const answer = receiveMessageOnPort(answers)?.message as SearchThreadAnswer | undefined
      answers.close()
      void worker.terminate()
      if (!answer) throw new Error(`the search index thread gave no answer (${waited})`)
      if ('error' in answer) throw new Error(`the search index thread failed: ${answer.error}`)
      return answer.build
    },
  }
}
