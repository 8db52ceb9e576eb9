/**
 * Topic filter → painted results and search keystroke → complete results on screen, at each corpus
 * size, with Chromium's CPU unthrottled and throttled 4× (CDP Emulation.setCPUThrottlingRate):
 * median ≤ 50 ms and p95 ≤ 100 ms. The filter is read from the app's painted-results mark when it
 * places one after every trial's input, otherwise from the in-page probe (input event → paint after
 * the results change); a search keystroke ends when the query's results are complete (the probe's
 * `search-complete`), not at its first screen. Then continuous typing: words typed letter by
 * letter at a steady pace, each keystroke timed to its complete results. Beside each figure: the
 * naive baseline's toggle, timed the same way in the same run, which is the floor a click → paint
 * can reach on this machine at that moment.
 */
import type { Browser, Page } from '@playwright/test'
import { appForCorpus } from './corpusBuild.ts'
import { appReady, feedTitleWords, setCpuThrottling, withBrowser, withColdPage } from './browser.ts'
import {
  filterTrials,
  MARKS,
  MAX_TIMEOUTS,
  searchTrials,
  toggleTrials,
  TRIAL_TIMEOUT_MS,
  type TrialRun,
} from './interactionTrials.ts'
import { addLatencyProbe } from './latencyProbe.ts'
import { buildNaiveBaseline } from './naiveBaseline.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section, SectionContext } from './section.ts'
import { summarise, type TrialSummary } from './stats.ts'
import { withStaticServer } from './staticServer.ts'
import { addTypingProbe, TYPING_INTERVAL_MS, typingTrials, type Keystroke } from './typingProbe.ts'
import { APP_DIR, PORTS } from './workspace.ts'
import { SEARCH_MEASURES } from '@/lib/perfMarks.ts'

const RATES = [1, 4] as const
const KINDS = {
  filter: 'Topic filter → painted results',
  search: 'Search keystroke → complete results painted',
} as const
type Kind = keyof typeof KINDS

interface Summarised {
  readonly stats: TrialSummary | null
  readonly note: string
}

const ms = (value: number) => value.toFixed(0)
/** The spread of a series: its fastest and slowest trial. */
export const range = (stats: TrialSummary) => `range ${ms(stats.min)}–${ms(stats.max)} ms`

function summariseRun(run: TrialRun, mark: string, kind: Kind): Summarised {
  const answered = run.timings.length - run.timedOut
  // A search trial is read at its complete results (the probe); its app mark is its first screen.
  const byMark = kind === 'filter' && answered > 0 && run.timings.filter((t) => t.markMs !== null).length === answered
  const values = run.timings.map((t) => (byMark && t.markMs !== null ? t.markMs : t.probeMs))
  const events = run.timings.flatMap((t) => (t.eventMs === null ? [] : [t.eventMs]))
  const firstScreens = run.timings.flatMap((t) => (kind === 'search' && t.markMs !== null ? [t.markMs] : []))
  const stats = values.length > 0 ? summarise(values) : null
  const timeout = (TRIAL_TIMEOUT_MS / 1000).toFixed(0)
  const note = [
    `${values.length} trials${run.timedOut > 0 ? `, ${run.timedOut} showed no results within ${timeout} s (counted as ${timeout} s, a lower bound; a series stops after ${MAX_TIMEOUTS})` : ''}`,
    byMark ? `app mark ${mark}` : kind === 'search' ? 'in-page probe until the results are complete' : 'in-page probe',
    stats ? range(stats) : '',
    firstScreens.length > 0 ? `first screen (app mark ${mark}) median ${ms(summarise(firstScreens).median)} ms` : '',
    events.length > 0 ? `input's own frame (Event Timing) median ${ms(summarise(events).median)} ms` : '',
  ]
    .filter(Boolean)
    .join('; ')
  return { stats, note }
}

/** One series on a fresh page at one CPU rate. */
async function series(
  browser: Browser,
  url: string,
  rate: number,
  trials: (page: Page) => Promise<TrialRun>,
  { isApp = true } = {},
): Promise<TrialRun> {
  return withColdPage(browser, async (page) => {
    await addLatencyProbe(page)
    // Until the network is idle the app may not have hydrated a prerendered page: clicks would do nothing.
    await page.goto(url, { waitUntil: 'networkidle' })
    // The naive baseline has no boot script to say so; it runs as soon as it has loaded.
    if (isApp) await appReady(page)
    await setCpuThrottling(await page.context().newCDPSession(page), rate)
    return trials(page)
  })
}

function record(
  context: SectionContext,
  kind: Kind,
  rate: number,
  corpus: string,
  result: Summarised | Error,
  floor: TrialSummary | undefined,
): void {
  const label = `${KINDS[kind]}, CPU ${rate}×`
  const baseline = (value: number | undefined) =>
    value === undefined ? {} : { baseline: { label: 'naive toggle', value } }
  if (result instanceof Error) {
    context.record({
      id: `${kind}.median.cpu${rate}`,
      label: `${label}, median`,
      corpus,
      value: null,
      unit: 'ms',
      goal: atMost(50),
      note: `not measured: ${result.message.split('\n')[0]}`,
    })
    return
  }
  context.record({
    id: `${kind}.median.cpu${rate}`,
    label: `${label}, median`,
    corpus,
    value: result.stats?.median ?? null,
    unit: 'ms',
    goal: atMost(50),
    ...baseline(floor?.median),
    note: result.note,
  })
  context.record({
    id: `${kind}.p95.cpu${rate}`,
    label: `${label}, p95`,
    corpus,
    value: result.stats?.p95 ?? null,
    unit: 'ms',
    goal: atMost(100),
    ...baseline(floor?.p95),
  })
}

interface TypingRun {
  readonly keystrokes: readonly Keystroke[]
  /** The worker's own answer times (measure search:answer), ms. */
  readonly answers: readonly number[]
}

async function typingSeries(browser: Browser, origin: string, rate: number, words: readonly string[], trials: number) {
  return withColdPage(browser, async (page): Promise<TypingRun> => {
    await addTypingProbe(page, MARKS.search, 'main')
    await page.goto(`${origin}/search`, { waitUntil: 'networkidle' })
    await appReady(page)
    await setCpuThrottling(await page.context().newCDPSession(page), rate)
    const keystrokes = await typingTrials(page, words, trials)
    const answers = await page.evaluate(
      (name) => performance.getEntriesByName(name).map((m) => m.duration),
      SEARCH_MEASURES.answer,
    )
    return { keystrokes, answers }
  })
}

function recordTyping(
  context: SectionContext,
  rate: number,
  corpus: string,
  run: TypingRun | Error,
  floor: TrialSummary | undefined,
): void {
  const label = `Continuous typing (a letter every ${TYPING_INTERVAL_MS} ms) → complete results, CPU ${rate}×`
  if (run instanceof Error) {
    context.record({
      id: `typing.median.cpu${rate}`,
      label: `${label}, median`,
      corpus,
      value: null,
      unit: 'ms',
      note: `not measured: ${run.message.split('\n')[0]}`,
    })
    return
  }
  const complete = run.keystrokes.flatMap((k) => (k.completeMs === null ? [] : [k.completeMs]))
  const first = run.keystrokes.flatMap((k) => (k.firstMs === null ? [] : [k.firstMs]))
  const stats = complete.length > 0 ? summarise(complete) : null
  const baseline = (value: number | undefined) =>
    value === undefined ? {} : { baseline: { label: 'naive toggle', value } }
  context.record({
    id: `typing.median.cpu${rate}`,
    label: `${label}, median`,
    corpus,
    value: stats?.median ?? null,
    unit: 'ms',
    ...baseline(floor?.median),
    note: [
      `${run.keystrokes.length} keystrokes, ${complete.length} with complete results before the next letter`,
      stats ? range(stats) : '',
      first.length > 0 ? `first screen (app mark) median ${ms(summarise(first).median)} ms` : '',
      run.answers.length > 0
        ? `the worker's answer (measure ${SEARCH_MEASURES.answer}) median ${ms(summarise(run.answers).median)} ms, p95 ${ms(summarise(run.answers).p95)} ms`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  })
  context.record({
    id: `typing.p95.cpu${rate}`,
    label: `${label}, p95`,
    corpus,
    value: stats?.p95 ?? null,
    unit: 'ms',
    ...baseline(floor?.p95),
  })
  context.record({
    id: `typing.overtaken.cpu${rate}`,
    label: `Continuous typing, CPU ${rate}×: keystrokes whose results were not complete before the next letter`,
    corpus,
    value: run.keystrokes.length > 0 ? (100 * (run.keystrokes.length - complete.length)) / run.keystrokes.length : null,
    unit: 'percent',
  })
}

export const interactionsSection: Section = async (context) => {
  const { options, log } = context
  const naiveDir = await buildNaiveBaseline(log)
  const floors = new Map<number, TrialSummary>()
  await withStaticServer({ appDir: naiveDir, dataDir: `${APP_DIR}/data`, port: PORTS.naive }, (origin) =>
    withBrowser(async (browser) => {
      for (const rate of RATES) {
        const floor = summariseRun(
          await series(browser, `${origin}/`, rate, (page) => toggleTrials(page, options.trials), { isApp: false }),
          '',
          'filter',
        )
        if (floor.stats) floors.set(rate, floor.stats)
        log(
          `naive toggle, CPU ${rate}×: median ${floor.stats?.median.toFixed(0)} ms, p95 ${floor.stats?.p95.toFixed(0)} ms`,
        )
      }
    }),
  )
  for (const size of options.sizes) {
    const app = await appForCorpus(size, log, context.note)
    const corpus = corpusLabel(size)
    await withStaticServer({ ...app, port: PORTS.app }, (origin) =>
      withBrowser(async (browser) => {
        const words = await feedTitleWords(browser, origin)
        for (const rate of RATES) {
          for (const kind of ['filter', 'search'] as const) {
            log(`${kind} at ${corpus}, CPU ${rate}×: ${options.trials} trials`)
            const url = `${origin}${kind === 'filter' ? '/' : '/search'}`
            const trials = (page: Page) =>
              kind === 'filter' ? filterTrials(page, options.trials) : searchTrials(page, words, options.trials)
            // One series that cannot run (the page never showed results) does not stop the others.
            const result = await series(browser, url, rate, trials).then(
              (run) => summariseRun(run, MARKS[kind], kind),
              (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
            )
            record(context, kind, rate, corpus, result, floors.get(rate))
          }
          log(`typing at ${corpus}, CPU ${rate}×: ${options.trials}+ keystrokes`)
          const typing = await typingSeries(browser, origin, rate, words, options.trials).catch((error: unknown) =>
            error instanceof Error ? error : new Error(String(error)),
          )
          recordTyping(context, rate, corpus, typing, floors.get(rate))
        }
      }),
    )
  }
  context.note(
    "One page per series (fresh context, service worker blocked, phone viewport), trials back to back after the previous one settled (300 ms without change). Filter trials toggle the first topics' chips on and off (first toggles fetch a topic's list, later ones may hit the cache); search trials type the last letter of a word from the feed's titles after its other letters, and end when that word's results are complete on screen: the app's last painted mark for the query (placed again when the rest follows the first screen) with as many articles shown as it counts, nothing aria-busy, then one paint. Medians with the range (fastest–slowest trial) of the series.",
  )
  context.note(
    "The probe: from the input event's timestamp to the task after the first animation frame in which the results region (role=status text and article links in <main>) differs and is not aria-busy.",
  )
  context.note(
    `Continuous typing: on a fresh /search page, after a warm-up query, words from the feed's titles typed into a cleared field letter by letter, one every ${TYPING_INTERVAL_MS} ms (Playwright pressSequentially), until at least as many keystrokes as trials; each keystroke is timed from its input event to the paint after its query's complete results (as above). A keystroke whose results were not complete when the next letter came is counted as overtaken, not in the latency. The worker's answer is the app's measure from a query posted to the search worker to its answer.`,
  )
  context.note(
    'Baseline "naive toggle": the naive app\'s one button (React state → a status line), timed by the same probe in the same run: what any click → paint costs on this machine at that moment, so the gap above it is the app\'s own work.',
  )
}
