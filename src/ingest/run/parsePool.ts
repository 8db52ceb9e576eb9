/**
 * Reads and parses every input file, on worker threads when the run is large enough to pay for
 * starting them (each worker loads the TypeScript sources through tsx, about half a second).
 * Parsing is pure per file (pageWork.ts), so N workers do N files at once; the main thread only
 * hands out batches and collects the results in input order. Any worker failure stops the pool,
 * terminates every worker and rejects, so the run fails with status 1 instead of hanging.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { analysisTools } from '../analyse/articleAnalysis.ts'
import type { PageInput } from '../assemble/corpus.ts'
import { pageWork, type PageWork } from './pageWork.ts'
import type { WorkAnswer, WorkBatch } from './parseWorker.ts'
import { parseTaxonomy } from '../analyse/taxonomy.ts'
import type { InputFile } from '../input/walkInputs.ts'
import { typeScriptWorkerSource } from './typeScriptWorker.ts'

export interface PoolOptions {
  /** Worker threads; 0 parses in the main thread. Default: one per core (at most 4) for runs of MIN_FILES_FOR_WORKERS files or more. */
  readonly workers?: number
  readonly progress?: (done: number, total: number) => void
}

/** Below this many files the workers' start-up costs more than they save. */
export const MIN_FILES_FOR_WORKERS = 400
/** Files per message: large enough that messaging is cheap, small enough to keep both workers busy to the end. */
const BATCH_SIZE = 40
/** Batches queued per worker, so it never waits for the main thread between two batches. */
const BATCHES_AHEAD = 2
/** Files read at once in the main thread: enough to hide disk latency, few enough to keep memory bounded. */
const READ_CONCURRENCY = 16

export function defaultWorkers(fileCount: number): number {
  return fileCount < MIN_FILES_FOR_WORKERS ? 0 : Math.max(1, Math.min(4, availableParallelism()))
}

async function inMainThread(files: readonly InputFile[], taxonomy: unknown, options: PoolOptions): Promise<PageWork[]> {
  const tools = analysisTools(parseTaxonomy(taxonomy))
  const results: PageWork[] = new Array(files.length)
  let next = 0
  let done = 0
  async function reader(): Promise<void> {
    for (let i = next++; i < files.length; i = next++) {
      results[i] = await pageWork(files[i]?.path ?? '', tools)
      options.progress?.(++done, files.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader))
  return results
}

function onWorkers(
  files: readonly InputFile[],
  taxonomy: unknown,
  count: number,
  options: PoolOptions,
): Promise<PageWork[]> {
  const results: PageWork[] = new Array(files.length)
  const batches = Math.ceil(files.length / BATCH_SIZE)
  const source = typeScriptWorkerSource(new URL('./parseWorker.ts', import.meta.url))
  const workers = Array.from({ length: count }, () => new Worker(source, { eval: true, workerData: { taxonomy } }))
  let nextBatch = 0
  let answered = 0
  let done = 0

  return new Promise<PageWork[]>((resolve, reject) => {
    let settled = false
    const finish = (error: Error | null) => {
      if (settled) return
      settled = true
      void Promise.all(workers.map((w) => w.terminate())).finally(() => (error ? reject(error) : resolve(results)))
    }
    const send = (worker: Worker) => {
      if (nextBatch >= batches) return
      const batch = nextBatch++
      const message: WorkBatch = {
        batch,
        files: files.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE).map((f) => f.path),
      }
      worker.postMessage(message)
    }
    for (const worker of workers) {
      worker.on('message', (answer: WorkAnswer) => {
        if ('error' in answer) return finish(new Error(`a parse worker failed: ${answer.error}`))
        answer.results.forEach((result, k) => {
          results[answer.batch * BATCH_SIZE + k] = result
        })
        done += answer.results.length
        options.progress?.(done, files.length)
        if (++answered === batches) return finish(null)
        send(worker)
      })
      worker.on('error', (error) => finish(new Error(`a parse worker failed: ${error.message}`)))
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a parse worker stopped (exit code ${code}) before the run finished`))
      })
      for (let k = 0; k < BATCHES_AHEAD; k++) send(worker)
    }
  })
}

/** Every file's page work, in input order. */
export async function parseInputs(
  files: readonly InputFile[],
  taxonomy: unknown,
  options: PoolOptions = {},
): Promise<PageInput[]> {
  const workers = options.workers ?? defaultWorkers(files.length)
  const work =
    workers > 0 && files.length > 0
      ? await onWorkers(files, taxonomy, workers, options)
      : await inMainThread(files, taxonomy, options)
  return work.map((w, i) => ({ file: files[i]?.name ?? '', ...w }))
}
