/**
 * Lighthouse 12.2.3, mobile preset, on the five addresses a reader lands on cold: `/`, the newest
 * article, the oldest article, a topic page and a one-topic filter of the feed (`/?topic=`), with
 * the seed build and with the app built for the largest corpus; and on the naive baseline's `/`
 * (beside each `/` figure). Each address is run RUNS times: the figure is the median, its range
 * beside it. Goals: performance ≥ 98, LCP ≤ 1.2 s, TBT ≤ 50 ms, CLS ≤ 0.01, the other categories 100.
 */
import { appForCorpus, type AppUnderTest, type BuildFigures } from './corpusBuild.ts'
import { runLighthouse, type LighthouseFigures } from './lighthouseRun.ts'
import { buildNaiveBaseline } from './naiveBaseline.ts'
import { atLeast, atMost, corpusLabel, type Goal, type Unit } from './results.ts'
import type { Section, SectionContext } from './section.ts'
import { withStaticServer } from './staticServer.ts'
import { median } from './stats.ts'
import { APP_DIR, freshDir, PORTS, paths, removeDir } from './workspace.ts'

/** Runs per address: the median of three is the least that shrugs off one slow run on a shared machine. */
const RUNS = 3

type Measure = keyof Omit<LighthouseFigures, 'failedAudits'>

const METRICS: ReadonlyArray<{ key: Measure; label: string; unit: Unit; goal?: Goal }> = [
  { key: 'performance', label: 'performance', unit: 'score', goal: atLeast(98) },
  { key: 'lcpMs', label: 'LCP', unit: 'ms', goal: atMost(1200) },
  { key: 'tbtMs', label: 'TBT', unit: 'ms', goal: atMost(50) },
  { key: 'cls', label: 'CLS', unit: 'shift', goal: atMost(0.01) },
  { key: 'fcpMs', label: 'FCP', unit: 'ms' },
  { key: 'accessibility', label: 'accessibility', unit: 'score', goal: atLeast(100) },
  { key: 'bestPractices', label: 'best practices', unit: 'score', goal: atLeast(100) },
  { key: 'seo', label: 'SEO', unit: 'score', goal: atLeast(100) },
]

/** An address measured, named for the figure ids and the table's columns. */
interface Target {
  readonly key: string
  readonly label: string
  readonly path: string
}

function report(
  context: SectionContext,
  target: Target,
  corpus: string,
  runs: readonly LighthouseFigures[],
  naive: readonly LighthouseFigures[] | null,
  reference = false,
): void {
  for (const metric of METRICS) {
    const values = runs.map((run) => run[metric.key])
    const failed = [...new Set(runs.flatMap((run) => run.failedAudits))].filter((audit) =>
      audit.startsWith(metric.key === 'bestPractices' ? 'best-practices' : metric.key),
    )
    context.record({
      id: `lighthouse.${target.key}.${metric.key}`,
      label: `Lighthouse ${target.label}: ${metric.label}`,
      corpus,
      value: median(values),
      spread: { min: Math.min(...values), max: Math.max(...values), runs: values.length },
      unit: metric.unit,
      ...(metric.goal ? { goal: metric.goal } : {}),
      ...(naive ? { baseline: { label: 'naive stack /', value: median(naive.map((run) => run[metric.key])) } } : {}),
      ...(reference ? { reference } : {}),
      ...(metric.unit === 'score' && metric.key !== 'performance' && failed.length > 0
        ? { note: failed.join(', ') }
        : {}),
    })
  }
}

async function runs(url: string, outDir: string, name: string): Promise<LighthouseFigures[]> {
  const results: LighthouseFigures[] = []
  for (let run = 1; run <= RUNS; run++) results.push(await runLighthouse(url, outDir, `${name}-${run}`))
  return results
}

interface FeedPage {
  readonly items: ReadonlyArray<{ readonly id: string }>
}
interface Manifest {
  readonly topics: ReadonlyArray<{ readonly id: string; readonly count: number }>
  readonly feed: { readonly lists: ReadonlyArray<{ readonly id: string; readonly pageCount: number }> }
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}

/**
 * The five addresses, from the served data: the newest article heads the feed's first page, the
 * oldest ends its last; the topic is the one with the most articles (its page and its filter).
 */
async function targets(origin: string): Promise<Target[]> {
  const manifest = await json<Manifest>(`${origin}/data/manifest.json`)
  const all = manifest.feed.lists.find((list) => list.id === 'all')
  if (all === undefined || all.pageCount === 0) throw new Error('the served data has no feed')
  const first = await json<FeedPage>(`${origin}/data/feed/all/1.json`)
  const last = await json<FeedPage>(`${origin}/data/feed/all/${all.pageCount}.json`)
  const topic = [...manifest.topics].sort((a, b) => b.count - a.count)[0]
  const newest = first.items[0]
  const oldest = last.items.at(-1)
  if (topic === undefined || newest === undefined || oldest === undefined)
    throw new Error('the served data has no topic or no article')
  return [
    { key: 'home', label: '/', path: '/' },
    { key: 'newest', label: 'newest article', path: `/articles/${newest.id}` },
    { key: 'oldest', label: 'oldest article', path: `/articles/${oldest.id}` },
    { key: 'topic', label: 'topic page', path: `/topics/${topic.id}` },
    { key: 'filter', label: 'filtered feed', path: `/?topic=${topic.id}` },
  ]
}

/** Issue 18: the build of the largest corpus (ingest + prerendering `vite build`) within 5 minutes. */
function recordBuild(context: SectionContext, corpus: string, build: BuildFigures): void {
  context.record({
    id: 'build.vite',
    label: 'vite build, every page prerendered',
    corpus,
    value: build.viteSeconds,
    unit: 's',
  })
  context.record({
    id: 'build.total',
    label: 'Build: ingest + vite build',
    corpus,
    value: build.ingestSeconds === undefined ? null : build.ingestSeconds + build.viteSeconds,
    unit: 's',
    goal: atMost(300),
    ...(build.ingestSeconds === undefined ? { note: 'the data was ingested before this run' } : {}),
  })
  context.record({
    id: 'build.output',
    label: `Build output (${build.outputFiles.toLocaleString('en-US')} files)`,
    corpus,
    value: build.outputBytes / 1024 / 1024,
    unit: 'MB',
  })
}

export const lighthouseSection: Section = async (context) => {
  const { log, largest } = context
  const outDir = freshDir(paths.lighthouse)
  try {
    const naiveDir = await buildNaiveBaseline(log)
    log('naive baseline /')
    const home: Target = { key: 'home', label: '/', path: '/' }
    const naive = await withStaticServer(
      { appDir: naiveDir, dataDir: `${APP_DIR}/data`, port: PORTS.naive },
      (origin) => runs(`${origin}/`, outDir, 'naive-home'),
    )
    report(context, home, 'naive', naive, null, true)
    const builds: Array<{ corpus: string; app: AppUnderTest }> = [{ corpus: 'seed', app: { appDir: APP_DIR } }]
    // Size 0 is the seed corpus itself: measured once, from the build.
    if (largest > 0) {
      const app = await appForCorpus(largest, log, context.note)
      if (app.build) recordBuild(context, corpusLabel(largest), app.build)
      builds.push({ corpus: corpusLabel(largest), app })
    }
    for (const build of builds) {
      await withStaticServer({ ...build.app, port: PORTS.app }, async (origin) => {
        for (const target of await targets(origin)) {
          log(`${build.corpus} ${target.path} (${RUNS} runs)`)
          const figures = await runs(`${origin}${target.path}`, outDir, `${build.corpus}-${target.key}`)
          report(context, target, build.corpus, figures, target.key === 'home' ? naive : null)
        }
      })
    }
  } finally {
    removeDir(outDir)
  }
  context.note(
    `Lighthouse CLI, default (mobile) preset: simulated throttling (slow 4G, 4× CPU), the project's Chromium flags; categories performance, accessibility, best practices, SEO. Each address is run ${RUNS} times, one after another, each in a fresh browser profile (a cold visit: no HTTP cache, no service worker): the figure is the median, the range (min–max) beside it. The corpus runs use the app built with the largest corpus's data (bench/corpus.vite.config.ts), every article and topic page prerendered.`,
  )
  context.note(
    'Lighthouse scores move by a few points between runs on a shared machine (its CPU estimate feeds the simulation); the naive baseline, run minutes apart on the same machine, is the comparison.',
  )
}
