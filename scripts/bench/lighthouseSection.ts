/**
 * Lighthouse 12.2.3, mobile preset, on `/` and on an article: with the seed build, with the
 * largest corpus served as its data, and on the naive baseline's `/` (beside each `/` figure).
 * Goals: performance ≥ 98, LCP ≤ 1.2 s, TBT ≤ 50 ms, CLS ≤ 0.01, the other categories 100.
 */
import { appForCorpus, type AppUnderTest } from './corpusBuild.ts'
import { firstFeedArticlePath, withBrowser } from './browser.ts'
import { runLighthouse, type LighthouseFigures } from './lighthouseRun.ts'
import { buildNaiveBaseline } from './naiveBaseline.ts'
import { atLeast, atMost, corpusLabel, type Goal, type Unit } from './results.ts'
import type { Section, SectionContext } from './section.ts'
import { withStaticServer } from './staticServer.ts'
import { APP_DIR, freshDir, PORTS, paths, removeDir } from './workspace.ts'

const METRICS: ReadonlyArray<{
  key: keyof Omit<LighthouseFigures, 'failedAudits'>
  label: string
  unit: Unit
  goal?: Goal
}> = [
  { key: 'performance', label: 'performance', unit: 'score', goal: atLeast(98) },
  { key: 'lcpMs', label: 'LCP', unit: 'ms', goal: atMost(1200) },
  { key: 'tbtMs', label: 'TBT', unit: 'ms', goal: atMost(50) },
  { key: 'cls', label: 'CLS', unit: 'shift', goal: atMost(0.01) },
  { key: 'fcpMs', label: 'FCP', unit: 'ms' },
  { key: 'accessibility', label: 'accessibility', unit: 'score', goal: atLeast(100) },
  { key: 'bestPractices', label: 'best practices', unit: 'score', goal: atLeast(100) },
  { key: 'seo', label: 'SEO', unit: 'score', goal: atLeast(100) },
]

function report(
  context: SectionContext,
  page: string,
  corpus: string,
  figures: LighthouseFigures,
  naive: LighthouseFigures | null,
  reference = false,
): void {
  for (const metric of METRICS) {
    context.record({
      id: `lighthouse.${page}.${metric.key}`,
      label: `Lighthouse ${page === 'home' ? '/' : 'article'}: ${metric.label}`,
      corpus,
      value: figures[metric.key],
      unit: metric.unit,
      ...(metric.goal ? { goal: metric.goal } : {}),
      ...(naive ? { baseline: { label: 'naive stack /', value: naive[metric.key] } } : {}),
      ...(reference ? { reference } : {}),
      ...(metric.unit === 'score' && metric.key !== 'performance' && figures[metric.key] < 100
        ? {
            note: figures.failedAudits
              .filter((a) => a.startsWith(metric.key === 'bestPractices' ? 'best-practices' : metric.key))
              .join(', '),
          }
        : {}),
    })
  }
}

export const lighthouseSection: Section = async (context) => {
  const { log, largest } = context
  const outDir = freshDir(paths.lighthouse)
  try {
    const naiveDir = await buildNaiveBaseline(log)
    log('naive baseline /')
    const naive = await withStaticServer(
      { appDir: naiveDir, dataDir: `${APP_DIR}/data`, port: PORTS.naive },
      (origin) => runLighthouse(`${origin}/`, outDir, 'naive-home'),
    )
    report(context, 'home', 'naive', naive, null, true)
    const targets: Array<{ corpus: string; app: AppUnderTest }> = [{ corpus: 'seed', app: { appDir: APP_DIR } }]
    // Size 0 is the seed corpus itself: measured once, from the build.
    if (largest > 0) targets.push({ corpus: corpusLabel(largest), app: await appForCorpus(largest, log, context.note) })
    for (const target of targets) {
      await withStaticServer({ ...target.app, port: PORTS.app }, async (origin) => {
        const articlePath = await withBrowser((browser) => firstFeedArticlePath(browser, origin))
        log(`${target.corpus} /`)
        report(
          context,
          'home',
          target.corpus,
          await runLighthouse(`${origin}/`, outDir, `${target.corpus}-home`),
          naive,
        )
        log(`${target.corpus} ${articlePath}`)
        report(
          context,
          'article',
          target.corpus,
          await runLighthouse(`${origin}${articlePath}`, outDir, `${target.corpus}-article`),
          null,
        )
      })
    }
  } finally {
    removeDir(outDir)
  }
  context.note(
    `Lighthouse CLI, default (mobile) preset: simulated throttling (slow 4G, 4× CPU), the project's Chromium flags; categories performance, accessibility, best practices, SEO. The corpus runs use the app built with the largest corpus's data (bench/corpus.vite.config.ts).`,
  )
  context.note(
    'Lighthouse scores move by a few points between runs on a shared machine (its CPU estimate feeds the simulation); the naive baseline, run minutes apart on the same machine, is the comparison.',
  )
}
