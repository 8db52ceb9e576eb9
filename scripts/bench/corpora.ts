/**
 * The corpora and their data folders, shared by the sections of one run. The corpus and ingest
 * sections time what they build here; later sections reuse it (or build it untimed when run with
 * --only). Generation goes through `npm run corpus`, the ingest through its CLI under
 * `/usr/bin/time -v` (wall time and peak RSS of the whole process, worker threads included).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { outputTail, runCommand } from './processes.ts'
import { parseTimeVerbose, type TimeReport } from './timeVerbose.ts'
import { dataReady, freshDir, npmScripts, paths, removeDir } from './workspace.ts'

const MINUTES = 60_000

export interface GeneratedCorpus {
  readonly dir: string
  /** Set when this call generated it (null when reused). */
  readonly seconds: number | null
  /** What the generator says it wrote (its machine-readable line), when it says so. */
  readonly stats: { pages: number; articles: number; bytes: number } | null
}

export interface IngestRun extends TimeReport {
  readonly dir: string
  /** Phase timings the ingest printed with --timings, when it supports the flag. */
  readonly timings: string[]
  readonly articleCount: number
}

export function corpusAvailable(): boolean {
  return 'corpus' in npmScripts()
}

/** The project's own seed pages stand in as the corpus of size 0. */
export const SEED_CORPUS = 'seeds'

/** Written beside (not inside) a corpus once the generator finished, so a half-written one is never reused. */
const doneMarker = (dir: string) => `${dir}.done`

function generatorStats(stdout: string): GeneratedCorpus['stats'] {
  for (const line of stdout.split('\n').reverse()) {
    try {
      const parsed = JSON.parse(line) as { corpus?: { pages?: unknown; articles?: unknown; bytes?: unknown } }
      const { pages, articles, bytes } = parsed.corpus ?? {}
      if (typeof pages === 'number' && typeof articles === 'number' && typeof bytes === 'number')
        return { pages, articles, bytes }
    } catch {
      // not the JSON line
    }
  }
  return null
}

/** A corpus of `size` distinct articles (`npm run corpus -- --articles N`), generated into .cache/bench. */
export async function generateCorpus(size: number, log: (line: string) => void): Promise<GeneratedCorpus> {
  if (size === 0) return { dir: SEED_CORPUS, seconds: null, stats: null }
  const dir = paths.corpus(size)
  if (existsSync(doneMarker(dir))) return { dir, seconds: null, stats: null }
  if (!corpusAvailable())
    throw new Error('this branch has no `npm run corpus` (the corpus generator): no corpus to measure')
  removeDir(dir)
  rmSync(doneMarker(dir), { force: true })
  log(`corpus: generating ${size.toLocaleString('en-US')} articles into ${dir}`)
  const result = await runCommand(
    'npm',
    ['run', '--silent', 'corpus', '--', '--articles', String(size), '--out', dir],
    { timeoutMs: 20 * MINUTES },
  )
  if (result.status !== 0)
    throw new Error(
      `npm run corpus -- --articles ${size} failed (${result.timedOut ? 'timed out' : `status ${result.status}`}): ${outputTail(result)}`,
    )
  writeFileSync(doneMarker(dir), '')
  return { dir, seconds: result.wallMs / 1000, stats: generatorStats(result.stdout) }
}

export function forgetCorpus(size: number): void {
  removeDir(paths.corpus(size))
  rmSync(doneMarker(paths.corpus(size)), { force: true })
}

/** Whether this branch's ingest accepts --timings (added by the ingest-scale work; cliArgs.ts moved into run/ later). */
export function ingestHasTimings(): boolean {
  return ['src/ingest/run/cliArgs.ts', 'src/ingest/cliArgs.ts'].some(
    (file) => existsSync(file) && readFileSync(file, 'utf8').includes('--timings'),
  )
}

function articleCount(dataDir: string): number {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { articleCount?: unknown }
  if (typeof manifest.articleCount !== 'number') throw new Error(`${dataDir}/manifest.json has no articleCount`)
  return manifest.articleCount
}

/**
 * The ingest's --timings line, `{"timings":{"walk":12,"parse":3400,…,"totalMs":…,"peakRssMb":…}}`
 * on stderr, as readable phases (`parse 3.4 s`); empty when the ingest printed none.
 */
export function ingestPhases(output: string): string[] {
  const COUNTS = new Set(['files', 'outputFiles', 'articles', 'articleCount'])
  for (const line of output.split('\n').reverse()) {
    if (!line.trimStart().startsWith('{"timings"')) continue
    try {
      const { timings } = JSON.parse(line) as { timings: Record<string, unknown> }
      return Object.entries(timings).flatMap(([name, value]) => {
        if (typeof value !== 'number' || COUNTS.has(name)) return []
        if (name === 'peakRssMb') return [`own peak RSS ${value} MB`]
        return [`${name === 'totalMs' ? 'total' : name} ${(value / 1000).toFixed(1)} s`]
      })
    } catch {
      return []
    }
  }
  return []
}

/** Output folder → the wall seconds of the ingest that wrote it, for the build figure (corpusBuild.ts). */
const ingestWalls = new Map<string, number>()

export function ingestSecondsOf(outDir: string): number | undefined {
  return ingestWalls.get(outDir)
}

export async function ingestCorpus(corpusDir: string, outDir: string, log: (line: string) => void): Promise<IngestRun> {
  freshDir(outDir)
  const taxonomy = existsSync(join(corpusDir, 'topics.json')) ? ['--taxonomy', join(corpusDir, 'topics.json')] : []
  const timings = ingestHasTimings() ? ['--timings'] : []
  // `npm run ingest`, as an editor runs it: its script sets the ingest's heap ceiling (package.json).
  const args = [
    '-v',
    'npm',
    'run',
    '--silent',
    'ingest',
    '--',
    '--in',
    corpusDir,
    '--out',
    outDir,
    ...taxonomy,
    ...timings,
  ]
  log(`ingest: /usr/bin/time ${args.join(' ')}`)
  const result = await runCommand('/usr/bin/time', args, { timeoutMs: 30 * MINUTES })
  if (result.timedOut) throw new Error(`the ingest of ${corpusDir} did not finish in 30 minutes`)
  const report = parseTimeVerbose(result.stderr.slice(result.stderr.lastIndexOf('Command being timed')))
  if (report.exitStatus !== 0 || !dataReady(outDir))
    throw new Error(`the ingest of ${corpusDir} failed (status ${report.exitStatus}): ${outputTail(result)}`)
  ingestWalls.set(outDir, report.wallSeconds)
  return { ...report, dir: outDir, timings: ingestPhases(result.stderr), articleCount: articleCount(outDir) }
}

/** Data for a corpus size, built untimed when an earlier section of this run has not built it. */
export async function ensureData(
  size: number,
  log: (line: string) => void,
): Promise<{ dir: string; articleCount: number }> {
  const dir = paths.data(size)
  if (dataReady(dir)) return { dir, articleCount: articleCount(dir) }
  const corpus = await generateCorpus(size, log)
  const run = await ingestCorpus(corpus.dir, dir, log)
  return { dir, articleCount: run.articleCount }
}

export { articleCount }
