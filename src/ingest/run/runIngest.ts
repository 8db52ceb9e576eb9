/**
 * The ingest run: arguments → inputs → pages → contract → output folder, with the exit status the
 * editor relies on: 0 completed (rejected files are in the report), 1 could not complete (the
 * previous output is untouched), 2 usage error.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { contractFiles, type ContractSummary } from '../assemble/buildContract.ts'
import { parseArgs, USAGE, type IngestOptions } from './cliArgs.ts'
import { writeFiles } from '../output/outputWriter.ts'
import { parseInputs } from './parsePool.ts'
import { cpuNow, NO_TIMER, phaseTimer } from './phaseTimer.ts'
import { MIN_ARTICLES_FOR_SEARCH_THREAD, searchIndexThread } from './searchThread.ts'
import { SearchIndexBuilder } from '../search/searchIndex.ts'
import { parseTaxonomy, type Taxonomy } from '../analyse/taxonomy.ts'
import { walkInputs } from '../input/walkInputs.ts'
import { recoverInterruptedRuns, replaceAtomically, workFolderPrefixes } from '../output/writeAtomically.ts'
import type { IngestReport } from '@/core/schema.ts'

export const EXIT = { completed: 0, failed: 1, usage: 2 } as const

export interface IngestIO {
  readonly stderr: (line: string) => void
  readonly stdout: (line: string) => void
  readonly now: () => Date
  /** Progress on long runs; a terminal may redraw one line, a log gets a line each time. Absent: no progress. */
  readonly progress?: (line: string) => void
}

/** How a run is carried out, not what it produces (tests and benchmarks set it; the output is the same). */
export interface IngestTuning {
  /** Parse worker threads; 0 parses in the main thread. Default: by corpus size (see parsePool.ts). */
  readonly workers?: number
  /** Build the search index on a thread of its own. Default: by article count (see searchThread.ts). */
  readonly searchThread?: boolean
}
/** A progress line every this many files read (so a short run prints none). */
export const PROGRESS_EVERY = 500

class UsageError extends Error {}

async function checkPaths(options: IngestOptions): Promise<void> {
  const out = path.resolve(options.out)
  for (const input of options.inputs) {
    if (!(await stat(input).catch(() => null))) throw new UsageError(`--in ${input} does not exist`)
    const absolute = path.resolve(input)
    if (absolute === out || absolute.startsWith(`${out}${path.sep}`)) {
      throw new UsageError(`--in ${input} is inside --out ${options.out}, which the run replaces`)
    }
  }
}

/** The taxonomy as read (workers get this plain JSON) and as checked. */
async function loadTaxonomy(file: string): Promise<{ json: unknown; taxonomy: Taxonomy }> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the topic taxonomy ${file} (${error.code ?? error.message})`)
  })
  try {
    const json: unknown = JSON.parse(text)
    return { json, taxonomy: parseTaxonomy(json) }
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error })
  }
}

/** A progress line each time another PROGRESS_EVERY files are read (workers report in batches). */
function readProgress(
  progress: ((line: string) => void) | undefined,
): ((done: number, total: number) => void) | undefined {
  if (!progress) return undefined
  let shown = 0
  return (done, total) => {
    if (Math.floor(done / PROGRESS_EVERY) > shown) {
      shown = Math.floor(done / PROGRESS_EVERY)
      progress(`ingest: read ${done}/${total} files`)
    }
  }
}

function summarize(report: IngestReport, articleCount: number, out: string): string[] {
  const count = (status: string) => report.files.filter((f) => f.status === status).length
  const warnings = report.files.reduce((sum, f) => sum + (f.warnings?.length ?? 0), 0)
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const lines = [
    `ingest: ${plural(report.files.length, 'file')}: ${count('ok')} ok, ${count('rejected')} rejected, ${count('duplicate')} duplicate; ` +
      `${plural(articleCount, 'article')}; ${plural(warnings, 'warning')} → ${out}`,
  ]
  for (const f of report.files) if (f.status === 'rejected') lines.push(`  rejected ${f.file}: ${f.reason ?? ''}`)
  if (warnings > 0) lines.push(`  warnings are listed per file in ${path.join(out, 'ingest-report.json')}`)
  return lines
}

export async function runIngest(argv: readonly string[], io: IngestIO, tuning: IngestTuning = {}): Promise<number> {
  const args = parseArgs(argv)
  if (args.kind === 'help') {
    io.stdout(USAGE)
    return EXIT.completed
  }
  if (args.kind === 'usage-error') {
    io.stderr(`ingest: ${args.message}\n${USAGE}`)
    return EXIT.usage
  }
  const { options } = args
  try {
    const started = performance.now()
    const cpuStarted = cpuNow()
    const timer = options.timings ? phaseTimer() : NO_TIMER
    await checkPaths(options)
    // First, undo what a killed run left (a missing output is restored before anything reads it).
    for (const note of await recoverInterruptedRuns(options.out).catch(() => [])) io.stderr(`ingest: ${note}`)
    const { json, taxonomy } = await loadTaxonomy(options.taxonomy)
    const excluded = [options.taxonomy, options.out, ...workFolderPrefixes(options.out).map((p) => `${p}*`)]
    const inputs = await timer.timeAsync('walk', () => walkInputs(options.inputs, excluded))
    const pages = await timer.timeAsync('parse', () =>
      parseInputs(inputs, json, { workers: tuning.workers, progress: readProgress(io.progress) }),
    )
    if (pages.length >= PROGRESS_EVERY)
      io.progress?.(`ingest: parsed ${pages.length} files; relating articles and writing ${options.out}`)
    const summary: ContractSummary = {}
    let written = 0
    await replaceAtomically(options.out, async (temp) => {
      const writeStarted = performance.now()
      const writeCpuStarted = cpuNow()
      const before = timer.result()
      const cpuBefore = timer.cpu()
      written = await writeFiles(
        temp,
        contractFiles(pages, taxonomy, io.now().toISOString(), summary, timer, (synonyms, count) =>
          (tuning.searchThread ?? count >= MIN_ARTICLES_FOR_SEARCH_THREAD)
            ? searchIndexThread(synonyms)
            : new SearchIndexBuilder(synonyms),
        ),
      )
      // The write phase is what the loop took beyond building the files (the build's own phases are timed inside).
      const built = Object.entries(timer.result()).reduce((sum, [phase, ms]) => sum + ms - (before[phase] ?? 0), 0)
      const builtCpu = Object.entries(timer.cpu()).reduce((sum, [phase, ms]) => sum + ms - (cpuBefore[phase] ?? 0), 0)
      timer.add('write', performance.now() - writeStarted - built, cpuNow() - writeCpuStarted - builtCpu)
    })
    if (!summary.report || summary.articleCount === undefined)
      throw new Error('the contract build stopped before its report')
    for (const line of summarize(summary.report, summary.articleCount, options.out)) io.stderr(line)
    if (options.timings) {
      const totalMs = Math.round(performance.now() - started)
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
      const cpuMs = { ...timer.cpu(), total: Math.round(cpuNow() - cpuStarted) }
      io.stderr(
        JSON.stringify({
          timings: {
            ...timer.result(),
            totalMs,
            peakRssMb,
            files: inputs.length,
            outputFiles: written,
            articleCount: summary.articleCount,
            cpuMs,
          },
        }),
      )
    }
    return EXIT.completed
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ingest: ${error.message}\n${USAGE}`)
      return EXIT.usage
    }
    io.stderr(`ingest failed, ${options.out} left as it was: ${(error as Error).message}`)
    return EXIT.failed
  }
}
