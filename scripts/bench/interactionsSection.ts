/**
 * Topic filter → painted results and search keystroke → painted results, at each corpus size,
 * with Chromium's CPU unthrottled and throttled 4× (CDP Emulation.setCPUThrottlingRate): median
 * ≤ 50 ms and p95 ≤ 100 ms. The app's own painted-results marks are used when it places them after
 * every trial's input; otherwise the in-page probe (input event → paint after the results change).
 */
import { ensureData } from './corpora.ts'
import { feedTitleWords, setCpuThrottling, withBrowser, withColdPage } from './browser.ts'
import { filterTrials, MARKS, MAX_TIMEOUTS, searchTrials, TRIAL_TIMEOUT_MS, type TrialRun } from './interactionTrials.ts'
import { addLatencyProbe } from './latencyProbe.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section, SectionContext } from './section.ts'
import { summarise } from './stats.ts'
import { withStaticServer } from './staticServer.ts'
import { APP_DIR, PORTS } from './workspace.ts'

const RATES = [1, 4] as const
const KINDS = { filter: 'Topic filter → painted results', search: 'Search keystroke → painted results' } as const

function report(context: SectionContext, kind: keyof typeof KINDS, rate: number, corpus: string, run: TrialRun): void {
  const answered = run.timings.length - run.timedOut
  const byMark = answered > 0 && run.timings.filter((t) => t.markMs !== null).length === answered
  const values = run.timings.map((t) => (byMark && t.markMs !== null ? t.markMs : t.probeMs))
  const events = run.timings.flatMap((t) => (t.eventMs === null ? [] : [t.eventMs]))
  const stats = values.length > 0 ? summarise(values) : null
  const method = byMark ? `app mark ${MARKS[kind]}` : 'in-page probe'
  const extra = [
    `${values.length} trials${run.timedOut > 0 ? `, ${run.timedOut} showed no results within ${(TRIAL_TIMEOUT_MS / 1000).toFixed(0)} s (counted as ${(TRIAL_TIMEOUT_MS / 1000).toFixed(0)} s, a lower bound; the series stops after ${MAX_TIMEOUTS})` : ''}`,
    method,
    stats ? `max ${stats.max.toFixed(0)} ms` : '',
    events.length > 0 ? `input's own frame (Event Timing) median ${summarise(events).median.toFixed(0)} ms` : '',
  ]
    .filter(Boolean)
    .join('; ')
  const label = `${KINDS[kind]}, CPU ${rate}×`
  context.record({ id: `${kind}.median.cpu${rate}`, label: `${label}, median`, corpus, value: stats?.median ?? null, unit: 'ms', goal: atMost(50), note: extra })
  context.record({ id: `${kind}.p95.cpu${rate}`, label: `${label}, p95`, corpus, value: stats?.p95 ?? null, unit: 'ms', goal: atMost(100) })
}

export const interactionsSection: Section = async (context) => {
  const { options, log } = context
  for (const size of options.sizes) {
    const data = await ensureData(size, log)
    const corpus = corpusLabel(size)
    await withStaticServer({ appDir: APP_DIR, dataDir: data.dir, port: PORTS.app }, (origin) =>
      withBrowser(async (browser) => {
        const words = await feedTitleWords(browser, origin)
        for (const rate of RATES) {
          for (const kind of ['filter', 'search'] as const) {
            log(`${kind} at ${corpus}, CPU ${rate}×: ${options.trials} trials`)
            try {
              const run = await withColdPage(browser, async (page) => {
                await addLatencyProbe(page)
                await page.goto(`${origin}${kind === 'filter' ? '/' : '/search'}`)
                const cdp = await page.context().newCDPSession(page)
                await setCpuThrottling(cdp, rate)
                return kind === 'filter' ? filterTrials(page, options.trials) : searchTrials(page, words, options.trials)
              })
              report(context, kind, rate, corpus, run)
            } catch (error) {
              // One series that cannot run (the page never showed results) does not stop the others.
              const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
              context.record({ id: `${kind}.median.cpu${rate}`, label: `${KINDS[kind]}, CPU ${rate}×, median`, corpus, value: null, unit: 'ms', goal: atMost(50), note: `not measured: ${message}` })
            }
          }
        }
      }),
    )
  }
  context.note(
    'One page per series (fresh context, service worker blocked, phone viewport), trials back to back after the previous one settled (300 ms without change). Filter trials toggle the first topics\' chips on and off (first toggles fetch a topic\'s list, later ones may hit the cache); search trials type the last letter of a word from the feed\'s titles after its other letters.',
  )
  context.note('The probe: from the input event\'s timestamp to the task after the first animation frame in which the results region (role=status text and article links in <main>) differs and is not aria-busy.')
}
