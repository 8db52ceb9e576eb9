/**
 * Ingest at scale: each corpus through the ingest CLI under `/usr/bin/time -v`: wall time, peak
 * RSS of the process (worker threads share it), and how time grows with size (near-linear:
 * time(100k)/time(10k) ≤ 12, i.e. 1.2 × the size ratio, for any pair of sizes).
 *
 * Each corpus is ingested RUNS times: on this shared host one run of the same commit took
 * 104–124 s at 100,000 articles within an hour. Wall time is the median run's, with the range;
 * peak RSS is the highest of the runs (the goal is a ceiling).
 */
import { generateCorpus, ingestCorpus, ingestHasTimings, type IngestRun } from './corpora.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section } from './section.ts'
import { median } from './stats.ts'
import { paths } from './workspace.ts'

const FULL_SIZE = 100_000
const RUNS = 3

export const ingestSection: Section = async ({ options, log, record, note }) => {
  const runs = new Map<number, IngestRun>()
  for (const size of options.sizes) {
    const corpus = await generateCorpus(size, log)
    const all: IngestRun[] = []
    for (let k = 0; k < RUNS; k++) all.push(await ingestCorpus(corpus.dir, paths.data(size), log))
    const walls = all.map((r) => r.wallSeconds)
    const run = all.find((r) => r.wallSeconds === median(walls)) ?? (all[0] as IngestRun)
    const spread = { min: Math.min(...walls), max: Math.max(...walls), runs: walls.length }
    const rss = all.map((r) => r.maxRssKB / 1024)
    runs.set(size, run)
    const atFull = size === FULL_SIZE
    const label = corpusLabel(size)
    record({
      id: 'ingest.wall',
      label: 'Ingest wall time',
      corpus: label,
      value: run.wallSeconds,
      spread,
      unit: 's',
      ...(atFull ? { goal: atMost(120) } : {}),
    })
    record({
      id: 'ingest.rss',
      label: 'Ingest peak RSS',
      corpus: label,
      value: Math.max(...rss),
      spread: { min: Math.min(...rss), max: Math.max(...rss), runs: rss.length },
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
      note(`Ingest phases at ${label} articles, the median run (its --timings output): ${run.timings.join('; ')}`)
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
