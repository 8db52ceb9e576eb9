/**
 * The ingest run: arguments → inputs → pages → contract → output folder, with the exit status the
 * editor relies on: 0 completed (rejected files are in the report), 1 could not complete (the
 * previous output is untouched), 2 usage error.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { buildContract } from './buildContract.ts'
import { parseArgs, USAGE, type IngestOptions } from './cliArgs.ts'
import type { PageInput } from './corpus.ts'
import { readPage } from './readPage.ts'
import { parseTaxonomy, type Taxonomy } from './taxonomy.ts'
import { walkInputs, type InputFile } from './walkInputs.ts'
import { recoverInterruptedRuns, workFolderPrefixes, writeAtomically } from './writeAtomically.ts'
import type { IngestReport } from '../core/schema.ts'

export const EXIT = { completed: 0, failed: 1, usage: 2 } as const

export interface IngestIO {
  readonly stderr: (line: string) => void
  readonly stdout: (line: string) => void
  readonly now: () => Date
  /** Progress on long runs; a terminal may redraw one line, a log gets a line each time. Absent: no progress. */
  readonly progress?: (line: string) => void
}

/** Files read at once: enough to hide disk latency, few enough to keep memory bounded. */
const READ_CONCURRENCY = 16
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

async function loadTaxonomy(file: string): Promise<Taxonomy> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the topic taxonomy ${file} (${error.code ?? error.message})`)
  })
  try {
    return parseTaxonomy(JSON.parse(text))
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
}

async function readPages(files: readonly InputFile[], progress?: (line: string) => void): Promise<PageInput[]> {
  const pages: PageInput[] = new Array(files.length)
  let next = 0
  let done = 0
  async function worker(): Promise<void> {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]
      if (file) pages[i] = { file: file.name, page: await readPage(file.path) }
      done++
      if (progress && done % PROGRESS_EVERY === 0) progress(`ingest: read ${done}/${files.length} files`)
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker))
  return pages
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

export async function runIngest(argv: readonly string[], io: IngestIO): Promise<number> {
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
    await checkPaths(options)
    // First, undo what a killed run left (a missing output is restored before anything reads it).
    for (const note of await recoverInterruptedRuns(options.out).catch(() => [])) io.stderr(`ingest: ${note}`)
    const taxonomy = await loadTaxonomy(options.taxonomy)
    const excluded = [options.taxonomy, options.out, ...workFolderPrefixes(options.out).map((p) => `${p}*`)]
    const pages = await readPages(await walkInputs(options.inputs, excluded), io.progress)
    if (pages.length >= PROGRESS_EVERY) io.progress?.(`ingest: parsed ${pages.length} files; relating articles and writing ${options.out}`)
    const build = buildContract(pages, taxonomy, io.now().toISOString())
    await writeAtomically(options.out, build.files)
    for (const line of summarize(build.report, build.articleCount, options.out)) io.stderr(line)
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
