/**
 * Ingest at scale: each corpus through the ingest CLI under `/usr/bin/time -v`: wall time, peak
 * RSS of the process (worker threads share it), and how time grows with size (near-linear:
 * time(100k)/time(10k) ≤ 12, i.e. 1.2 × the size ratio, for any pair of sizes).
 */
import { generateCorpus, ingestCorpus, ingestHasTimings, type IngestRun } from './corpora.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section } from './section.ts'
import { paths } from './workspace.ts'

const FULL_SIZE = 100_000

export const ingestSection: Section = async ({ options, log, record, note }) => {
  const runs = new Map<number, IngestRun>()
  for (const size of options.sizes) {
    const corpus = await generateCorpus(size, log)
    const run = await ingestCorpus(corpus.dir, paths.data(size), log)
    runs.set(size, run)
    const atFull = size === FULL_SIZE
    const label = corpusLabel(size)
    record({
      id: 'ingest.wall',
      label: 'Ingest wall time',
      corpus: label,
      value: run.wallSeconds,
      unit: 's',
      ...(atFull ? { goal: atMost(120) } : {}),
    })
    record({
      id: 'ingest.rss',
      label: 'Ingest peak RSS',
      corpus: label,
      value: run.maxRssKB / 1024,
      unit: 'MB',
      ...(atFull ? { goal: atMost(2048) } : {}),
    })
    record({
      id: 'ingest.articles',
      label: 'Articles written',
      corpus: label,
      value: run.articleCount,
      unit: 'count',
      note: `${(run.articleCount / run.wallSeconds).toFixed(run.articleCount / run.wallSeconds < 10 ? 1 : 0)} articles/s`,
    })
    if (run.timings.length > 0)
      note(`Ingest phases at ${label} articles (its --timings output): ${run.timings.join('; ')}`)
  }
  const smallest = Math.min(...options.sizes)
  const largest = Math.max(...options.sizes)
  const small = runs.get(smallest)
  const large = runs.get(largest)
  if (small && large && largest > smallest) {
    const sizeRatio = largest / smallest
    record({
      id: 'ingest.growth',
      label: `Wall time ${corpusLabel(largest)} / ${corpusLabel(smallest)}`,
      corpus: `${corpusLabel(smallest)} → ${corpusLabel(largest)}`,
      value: large.wallSeconds / small.wallSeconds,
      unit: 'ratio',
      goal: atMost(1.2 * sizeRatio),
      note: `size ratio ${sizeRatio.toFixed(1)}; all pairs would be ~${(sizeRatio * sizeRatio).toFixed(0)}`,
    })
  }
  note(
    `\`/usr/bin/time -v npm run --silent ingest -- --in CORPUS --out DIR${ingestHasTimings() ? ' --timings' : ''}\`: wall time includes npm and tsx start-up; peak RSS is the kernel's high-water mark of the largest process (the ingest itself, worker threads included), under the heap ceiling its npm script sets.`,
  )
}
