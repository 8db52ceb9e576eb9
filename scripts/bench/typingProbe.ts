/**
 * Continuous typing: a reader types a word letter by letter at a steady pace, not waiting for
 * results between letters. Installed before the app (addInitScript), the probe notes each input
 * event on the search field and when that prefix's results are complete on screen: the app's last
 * painted-results mark for the query (detail: { query, count }) is placed, that many articles are
 * shown and nothing is aria-busy, then one paint later. A prefix whose results were not complete
 * when the next letter came is "overtaken": the reader never saw them whole.
 */
import type { Page } from '@playwright/test'
import { ARTICLE_LINKS } from './browser.ts'
import { settle } from './latencyProbe.ts'
import { pageScript } from './pageScript.ts'

export interface Keystroke {
  readonly query: string
  /** Input event → the paint after that query's complete results; null when overtaken. */
  readonly completeMs: number | null
  /** Input event → the app's first painted mark for the query (its first screen); null when none. */
  readonly firstMs: number | null
}

interface TypingApi {
  reset(): void
  keystrokes(): Keystroke[]
  /** The latest keystroke's results are complete (or there was none). */
  settled(): boolean
}

declare global {
  interface Window {
    __benchTyping?: TypingApi
  }
}

/** Runs in the page before any app script: keep it self-contained. */
function installTypingProbe(spec: { mark: string; region: string }): void {
  interface Entry {
    query: string
    at: number
    condition: boolean
    doneAt: number | null
    overtaken: boolean
  }
  let entries: Entry[] = []
  const marks: PerformanceMark[] = []
  const markQuery = (m: PerformanceMark): string | null =>
    typeof m.detail?.query === 'string' ? (m.detail.query as string).trim() : null

  function complete(entry: Entry): boolean {
    const root = document.querySelector(spec.region)
    if (!root || root.querySelector('[aria-busy="true"]')) return false
    const painted = marks.filter((m) => m.startTime >= entry.at && markQuery(m) === entry.query)
    const last = painted[painted.length - 1]
    if (last === undefined) return false
    const count = Number(last.detail?.count)
    const links = [...root.querySelectorAll('a[href^="/articles/"]')].filter((a) => a.checkVisibility())
    return Number.isFinite(count) && new Set(links.map((a) => a.getAttribute('href'))).size >= count
  }

  function check(): void {
    const entry = entries[entries.length - 1]
    if (!entry || entry.condition || entry.overtaken || !complete(entry)) return
    entry.condition = true
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        entry.doneAt = performance.now()
      }
      channel.port2.postMessage(null)
    })
  }

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === spec.mark) marks.push(entry as PerformanceMark)
    check()
  }).observe({ type: 'mark', buffered: true })
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target
      if (!(target instanceof HTMLInputElement) || target.type !== 'search') return
      const previous = entries[entries.length - 1]
      if (previous && previous.doneAt === null) previous.overtaken = true
      entries.push({
        query: target.value.trim(),
        at: event.timeStamp,
        condition: false,
        doneAt: null,
        overtaken: false,
      })
    },
    { capture: true },
  )

  window.__benchTyping = {
    reset() {
      entries = []
      marks.length = 0
    },
    keystrokes: () =>
      entries
        .filter((e) => e.query !== '')
        .map((e) => {
          const first = marks.find((m) => m.startTime >= e.at && markQuery(m) === e.query)
          return {
            query: e.query,
            completeMs: e.doneAt === null || e.overtaken ? null : e.doneAt - e.at,
            firstMs: first ? first.startTime - e.at : null,
          }
        }),
    settled: () => {
      const last = entries[entries.length - 1]
      return last === undefined || last.doneAt !== null
    },
  }
}

export async function addTypingProbe(page: Page, mark: string, region: string): Promise<void> {
  await page.addInitScript(pageScript(installTypingProbe, { mark, region }))
}

/** A steady typist's pace: 150 ms from one letter to the next (about 80 words a minute). */
export const TYPING_INTERVAL_MS = 150

/**
 * Types words into the search field letter by letter, each after clearing the field, until at
 * least `keystrokes` letters were typed; returns one record per keystroke.
 */
export async function typingTrials(page: Page, words: readonly string[], keystrokes: number): Promise<Keystroke[]> {
  if (words.length === 0) throw new Error('no words to type')
  const field = page.locator('main input[type="search"]:visible').first()
  await field.waitFor({ timeout: 30_000 })
  // Warm-up: the first query loads the index; the trials time keystrokes on a loaded page.
  await field.fill(words[0] as string)
  await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 60_000 })
  const records: Keystroke[] = []
  for (let i = 0; records.length < keystrokes; i++) {
    const word = words[i % words.length] as string
    await field.fill('')
    await settle(page, 'main', 300, 60_000)
    await page.evaluate(() => window.__benchTyping?.reset())
    await field.pressSequentially(word, { delay: TYPING_INTERVAL_MS })
    // The last letter's results never completing is a finding, not a harness failure: it is reported as overtaken.
    await page
      .waitForFunction(() => window.__benchTyping?.settled() ?? true, null, { timeout: 30_000, polling: 50 })
      .catch(() => undefined)
    records.push(...(await page.evaluate(() => window.__benchTyping?.keystrokes() ?? [])))
  }
  return records
}
