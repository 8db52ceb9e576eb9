/**
 * `npm run bench`: builds the app, runs the benchmark sections of issue 5 in order, and writes
 * bench/results.json and BENCHMARKS.md (generated from it). Never part of `npm test`: it takes
 * many minutes and its timings depend on the machine. With --only, the other sections' results
 * already in bench/results.json are kept. Working files live in .cache/bench and are removed at
 * the end unless --keep.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { BENCH_USAGE, parseBenchArgs } from './benchArgs.ts'
import { bundleSection } from './bundleSection.ts'
import { forgetCorpus } from './corpora.ts'
import { corpusSection } from './corpusSection.ts'
import { dataSection } from './dataSection.ts'
import { heapSection } from './heapSection.ts'
import { ingestSection } from './ingestSection.ts'
import { relatedSection } from './relatedSection.ts'
import { interactionsSection } from './interactionsSection.ts'
import { lighthouseSection } from './lighthouseSection.ts'
import { networkSection } from './networkSection.ts'
import { describeGit, describeMachine } from './machine.ts'
import { resultsToMarkdown } from './markdown.ts'
import { outputTail, runCommand } from './processes.ts'
import { SECTIONS, type BenchResults, type SectionId } from './results.ts'
import { runSection, type Section } from './section.ts'
import { searchSection } from './searchSection.ts'
import { CACHE, paths, removeDir } from './workspace.ts'

const RESULTS_FILE = 'bench/results.json'
const MARKDOWN_FILE = 'BENCHMARKS.md'

const SECTION_RUNNERS: Record<SectionId, Section> = {
  corpus: corpusSection,
  ingest: ingestSection,
  related: relatedSection,
  data: dataSection,
  bundle: bundleSection,
  interactions: interactionsSection,
  search: searchSection,
  network: networkSection,
  heap: heapSection,
  lighthouse: lighthouseSection,
}

function previousResults(): BenchResults | null {
  if (!existsSync(RESULTS_FILE)) return null
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults
  } catch {
    return null
  }
}

function cleanUp(sizes: readonly number[]): void {
  for (const size of sizes) {
    forgetCorpus(size)
    removeDir(paths.build(size))
  }
  removeDir(paths.naiveDist)
}

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2))
  if (parsed.kind === 'help') {
    console.log(BENCH_USAGE)
    return 0
  }
  if (parsed.kind === 'report') {
    const results = previousResults()
    if (!results) {
      console.error(`bench: no readable ${RESULTS_FILE} to report`)
      return 1
    }
    writeFileSync(MARKDOWN_FILE, resultsToMarkdown(results))
    console.log(`bench: wrote ${MARKDOWN_FILE} from ${RESULTS_FILE}`)
    return 0
  }
  if (parsed.kind === 'usage-error') {
    console.error(`bench: ${parsed.message}\n${BENCH_USAGE}`)
    return 2
  }
  const { options } = parsed
  mkdirSync(CACHE, { recursive: true })
  const machine = describeMachine()
  console.log(`bench: ${options.mode} run, sizes ${options.sizes.join(', ')}, sections ${options.sections.join(', ')}`)
  console.log('bench: npm run build')
  const build = await runCommand('npm', ['run', 'build'], { timeoutMs: 10 * 60_000 })
  if (build.status !== 0) {
    console.error(`bench: npm run build failed: ${outputTail(build)}`)
    return 1
  }
  const git = describeGit()
  const previous = previousResults()
  const sections: BenchResults['sections'] = {
    ...(options.sections.length < SECTIONS.length && previous ? previous.sections : {}),
  }
  try {
    for (const id of options.sections) {
      console.log(`\nbench: ▶ ${id}`)
      sections[id] = await runSection(id, options, SECTION_RUNNERS[id])
      // Written after every section, so an interrupted run still leaves what it measured.
      const results: BenchResults = {
        schemaVersion: 1,
        generatedAt: new Date().toISOString(),
        mode: options.mode,
        sizes: options.sizes,
        machine,
        git,
        sections,
      }
      mkdirSync('bench', { recursive: true })
      writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
      writeFileSync(MARKDOWN_FILE, resultsToMarkdown(results))
    }
  } finally {
    if (!options.keep) cleanUp(options.sizes)
  }
  console.log(`\nbench: wrote ${RESULTS_FILE} and ${MARKDOWN_FILE}`)
  return Object.values(sections).some((s) => s?.error !== undefined) ? 1 : 0
}

process.exitCode = await main()
