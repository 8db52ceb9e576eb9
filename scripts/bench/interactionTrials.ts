/**
 * The two interactions issue 5 times at scale, as repeated trials on one warm page: a topic-filter
 * chip toggled (select, then clear, cycling through the first topics) and the last keystroke of a
 * search word typed into /search. Each returns one timing per trial whose results changed.
 */
import type { Page } from '@playwright/test'
import { ARTICLE_LINKS } from './browser.ts'
import { settle, timeInput, type TrialTiming } from './latencyProbe.ts'

export const MARKS = { filter: 'feed:results-painted', search: 'search:results-painted' } as const
const REGION = 'main'
const TRIAL_TIMEOUT_MS = 5_000

export interface TrialRun {
  readonly timings: TrialTiming[]
  /** Trials whose input changed nothing visible within the timeout (not counted). */
  readonly unchanged: number
}

/** Topic chips are the toggle buttons of the feed's filter; the first is "all". */
const TOPIC_CHIPS = 'main button[aria-pressed]'

export async function filterTrials(page: Page, trials: number): Promise<TrialRun> {
  await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 30_000 })
  const chips = page.locator(TOPIC_CHIPS)
  const topicCount = Math.min(3, (await chips.count()) - 1)
  if (topicCount < 1) throw new Error('the feed shows no topic chips to filter by')
  const timings: TrialTiming[] = []
  let unchanged = 0
  for (let i = 0; i < trials; i++) {
    // Pairs of trials: select topic k, then click it again to clear the filter.
    const chip = chips.nth(1 + (Math.floor(i / 2) % topicCount))
    await settle(page, REGION)
    const timing = await timeInput(page, { trigger: 'click', region: REGION, mark: MARKS.filter, timeoutMs: TRIAL_TIMEOUT_MS }, () => chip.click())
    if (timing) timings.push(timing)
    else unchanged++
  }
  return { timings, unchanged }
}

export async function searchTrials(page: Page, words: readonly string[], trials: number): Promise<TrialRun> {
  if (words.length === 0) throw new Error('no words to search for')
  const field = page.locator('main input[type="search"]').first()
  await field.waitFor({ timeout: 30_000 })
  // Warm-up: the first query loads the index; the trials time keystrokes on a loaded page.
  await field.fill(words[0] as string)
  await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 60_000 })
  const timings: TrialTiming[] = []
  let unchanged = 0
  for (let i = 0; i < trials; i++) {
    const word = words[i % words.length] as string
    await field.fill(word.slice(0, -1))
    await settle(page, REGION)
    const timing = await timeInput(page, { trigger: 'input', region: REGION, mark: MARKS.search, timeoutMs: TRIAL_TIMEOUT_MS }, () => page.keyboard.type(word.slice(-1)))
    if (timing) timings.push(timing)
    else unchanged++
  }
  return { timings, unchanged }
}
