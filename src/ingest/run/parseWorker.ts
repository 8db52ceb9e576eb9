/**
 * A worker thread of the parse pool (parsePool.ts): receives batches of file paths, answers with
 * each file's page work (pageWork.ts), in order. An error is answered, never thrown past the
 * message handler, so the pool can stop the run cleanly instead of waiting forever.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { analysisTools } from '../analyse/articleAnalysis.ts'
import { pageWorkSync, type PageWork } from './pageWork.ts'
import { parseTaxonomy } from '../analyse/taxonomy.ts'

export interface WorkBatch {
  readonly batch: number
  readonly files: readonly string[]
}

export type WorkAnswer =
  { readonly batch: number; readonly results: readonly PageWork[] } | { readonly batch: number; readonly error: string }

const port = parentPort
if (!port) throw new Error('parseWorker.ts runs as a worker thread only')
const tools = analysisTools(parseTaxonomy((workerData as { taxonomy: unknown }).taxonomy))

port.on('message', (message: WorkBatch) => {
  try {
    const results = message.files.map((file) => pageWorkSync(file, tools))
    port.postMessage({ batch: message.batch, results } satisfies WorkAnswer)
  } catch (error) {
    port.postMessage({ batch: message.batch, error: (error as Error).stack ?? String(error) } satisfies WorkAnswer)
  }
})
