/**
 * The two interactions issue 5 times at scale, as repeated trials on one warm page: a topic-filter
 * chip toggled (select, then clear, cycling through the first topics) and the last keystroke of a
 * search word typed into /search, timed until that word's results are complete on screen (not
 * only their first screen). Each returns one timing per trial whose results changed.
 */
import type { Page } from '@playwright/test'
import { ARTICLE_LINKS } from './browser.ts'
import { settle, timeInput, type TrialTiming } from './latencyProbe.ts'
import { FEED_MARKS, SEARCH_MARKS } from '@/lib/perfMarks.ts'

/** The app's painted-results marks (src/lib/perfMarks.ts) each interaction is read from. */
export const MARKS = { filter: FEED_MARKS.resultsPainted, search: SEARCH_MARKS.painted } as const
const REGION = 'main'
export const TRIAL_TIMEOUT_MS = 5_000

export interface TrialRun {
  readonly timings: TrialTiming[]
  /**
   * Trials that showed no new results within the timeout: counted at the timeout (a lower bound),
   * since a slow answer and no answer look the same from outside. A series stops after a few.
   */
  readonly timedOut: number
}

export const MAX_TIMEOUTS = 3

/** Runs the trials of a series, each a timed input; stops early when the page stops answering. */
async function series(trials: number, trial: (i: number) => Promise<TrialTiming | null>): Promise<TrialRun> {
  const timings: TrialTiming[] = []
  let timedOut = 0
  for (let i = 0; i < trials && timedOut < MAX_TIMEOUTS; i++) {
    const timing = await trial(i)
    if (timing) timings.push(timing)
    else {
      timedOut++
      timings.push({ probeMs: TRIAL_TIMEOUT_MS, markMs: null, eventMs: null })
    }
  }
  return { timings, timedOut }
}

/**
 * Topic chips are the toggle buttons of the feed's filter (its role=group); the first is "all".
 * Scoped to the group: article cards carry toggle buttons of their own (save), which change no results.
 */
const TOPIC_CHIPS = 'main [role="group"] button[aria-pressed]:visible'
/** The naive baseline's one toggle button. */
const NAIVE_TOGGLE = 'main button[aria-pressed]:visible'

export async function filterTrials(page: Page, trials: number): Promise<TrialRun> {
  await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 30_000 })
  const chips = page.locator(TOPIC_CHIPS)
  const topicCount = Math.min(3, (await chips.count()) - 1)
  if (topicCount < 1) throw new Error('the feed shows no topic chips to filter by')
  return series(trials, async (i) => {
    // Pairs of trials: select topic k, then click it again to clear the filter.
    const chip = chips.nth(1 + (Math.floor(i / 2) % topicCount))
    await settle(page, REGION)
    return timeInput(page, { trigger: 'click', region: REGION, mark: MARKS.filter, timeoutMs: TRIAL_TIMEOUT_MS }, () =>
      chip.click(),
    )
  })
}

/** The naive baseline's one toggle, clicked once per trial: the floor of a click → paint here and now. */
export async function toggleTrials(page: Page, trials: number): Promise<TrialRun> {
  const toggle = page.locator(NAIVE_TOGGLE).first()
  await page.locator('main [role="status"]').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  return series(trials, async () => {
    await settle(page, REGION)
    return timeInput(page, { trigger: 'click', region: REGION, mark: MARKS.filter, timeoutMs: TRIAL_TIMEOUT_MS }, () =>
      toggle.click(),
    )
  })
}

export async function searchTrials(page: Page, words: readonly string[], trials: number): Promise<TrialRun> {
  if (words.length === 0) throw new Error('no words to search for')
  const field = page.locator('main input[type="search"]:visible').first()
  await field.waitFor({ timeout: 30_000 })
  // Warm-up: the first query loads the index; the trials time keystrokes on a loaded page.
  await field.fill(words[0] as string)
  await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 60_000 })
  return series(trials, async (i) => {
    const word = words[i % words.length] as string
    await field.fill(word.slice(0, -1))
    await settle(page, REGION, 300, 60_000)
    return timeInput(
      page,
      { trigger: 'input', region: REGION, mark: MARKS.search, timeoutMs: TRIAL_TIMEOUT_MS, until: 'search-complete' },
      () => page.keyboard.type(word.slice(-1)),
    )
  })
}
