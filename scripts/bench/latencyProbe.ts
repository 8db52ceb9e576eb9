/**
 * In-page latency probe: from an input event to the frame that paints its results. Installed
 * before the app loads (addInitScript). A trial is armed, the bench performs the input, and the
 * probe resolves once the results region shows something new and is not busy, one paint later
 * (requestAnimationFrame, then a message: the task after the frame). When the app places its own
 * `performance.mark` for painted results after the input, that latency is reported too; Event
 * Timing gives the input's own frame (what INP would see), which ends before asynchronous results.
 *
 * A search trial (`until: 'search-complete'`) ends only when the typed query's results are complete:
 * the app has marked them painted for that query (its last mark gives the count, placed again when
 * the rest follows the first screen), every one of them is shown, and nothing is aria-busy. The
 * first painted mark for the query (its first screen) is reported as `markMs`.
 */
import type { Page } from '@playwright/test'
import { pageScript } from './pageScript.ts'

export interface ArmSpec {
  /** The input that starts the clock. */
  readonly trigger: 'click' | 'input' | 'keydown'
  /** The region whose content shows the results. */
  readonly region: string
  /** App mark placed when results are painted (e.g. `feed:results-painted`), if the app has one. */
  readonly mark: string
  readonly timeoutMs: number
  /** What ends a trial: the region changing (default), or the typed query's complete search results. */
  readonly until?: 'changed' | 'search-complete'
}

export interface TrialTiming {
  /** Input event → the paint after the results changed (the probe's own measure). */
  readonly probeMs: number
  /** Input event → the app's painted-results mark, when the app placed one after the input (the first for the query). */
  readonly markMs: number | null
  /** Event Timing duration of the input event (its own next paint), when reported. */
  readonly eventMs: number | null
}

interface ProbeApi {
  arm(spec: ArmSpec): void
  result(): Promise<TrialTiming | { timeout: true }>
}

declare global {
  interface Window {
    __benchProbe?: ProbeApi
  }
}

/** Runs in the page, before any app script: keep it self-contained. */
function installProbe(): void {
  let pending: {
    spec: ArmSpec
    inputAt: number | null
    /** The field's value right after an input event: the query the results must be for. */
    inputValue: string | null
    before: string
    done: boolean
    resolve: (v: TrialTiming | { timeout: true }) => void
  } | null = null
  let result: Promise<TrialTiming | { timeout: true }> = Promise.resolve({ timeout: true })
  const marks: PerformanceEntry[] = []
  /** Mark names the app has placed at all on this page: only those are worth waiting for. */
  const seenMarks = new Set<string>()
  const events: PerformanceEventTiming[] = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.push(entry)
      seenMarks.add(entry.name)
    }
    check()
  }).observe({ type: 'mark', buffered: true })
  try {
    new PerformanceObserver((list) => events.push(...(list.getEntries() as PerformanceEventTiming[]))).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    } as PerformanceObserverInit)
  } catch {
    // no Event Timing: eventMs stays null
  }

  function signature(region: string): string {
    const root = document.querySelector(region)
    if (!root) return 'no-region'
    const status = [...root.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').join('|')
    // Only what is shown counts: a prerendered page may keep markup meant for another address, hidden.
    const shown = [...root.querySelectorAll('a[href^="/articles/"]')].filter((a) => a.checkVisibility())
    return `${status}#${shown.length}#${shown
      .slice(0, 12)
      .map((a) => a.getAttribute('href'))
      .join(',')}`
  }

  function busy(region: string): boolean {
    return document.querySelector(region)?.querySelector('[aria-busy="true"]') != null
  }

  /** Distinct article links shown in the region: one per result card. */
  function shownArticles(region: string): number {
    const root = document.querySelector(region)
    const links = [...(root?.querySelectorAll('a[href^="/articles/"]') ?? [])].filter((a) => a.checkVisibility())
    return new Set(links.map((a) => a.getAttribute('href'))).size
  }

  const markQuery = (m: PerformanceEntry): string | null => {
    const query = (m as PerformanceMark).detail?.query
    return typeof query === 'string' ? query.trim() : null
  }

  /** The typed query's results are all on screen, as many as the app's last painted mark for it counts. */
  function searchComplete(spec: ArmSpec, inputAt: number, query: string): boolean {
    if (busy(spec.region)) return false
    const painted = marks.filter((m) => m.name === spec.mark && m.startTime >= inputAt && markQuery(m) === query)
    const last = painted[painted.length - 1] as PerformanceMark | undefined
    if (last === undefined) return false
    const count = Number(last.detail?.count)
    return Number.isFinite(count) && shownArticles(spec.region) >= count
  }

  function check(): void {
    const trial = pending
    if (!trial || trial.done || trial.inputAt === null) return
    const inputAt = trial.inputAt
    if (trial.spec.until === 'search-complete') {
      if (!searchComplete(trial.spec, inputAt, (trial.inputValue ?? '').trim())) return
    } else {
      // The app's own mark also ends a trial whose results look the same as before (same articles).
      const marked = marks.some((m) => m.name === trial.spec.mark && m.startTime >= inputAt)
      if (!marked && (signature(trial.spec.region) === trial.before || busy(trial.spec.region))) return
    }
    trial.done = true
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        const painted = performance.now()
        const inputAt = trial.inputAt as number
        // The app's mark and the Event Timing entry may be reported a little after this paint.
        const finish = (waited: number): void => {
          // Prefer the mark for this input's query (search marks carry it in detail) over a stale one.
          const after = marks.filter((m) => m.name === trial.spec.mark && m.startTime >= inputAt)
          const forQuery = (m: PerformanceEntry) =>
            trial.inputValue !== null && markQuery(m) === trial.inputValue.trim()
          const mark = after.find(forQuery) ?? after[0]
          const event = events.find((e) => e.name === trial.spec.trigger && Math.abs(e.startTime - inputAt) < 1)
          const markExpected = seenMarks.has(trial.spec.mark) && !mark
          if ((markExpected || !event) && waited < 250) {
            setTimeout(() => finish(waited + 25), 25)
            return
          }
          trial.resolve({
            probeMs: painted - inputAt,
            markMs: mark ? mark.startTime - inputAt : null,
            eventMs: event ? event.duration : null,
          })
        }
        finish(0)
      }
      channel.port2.postMessage(null)
    })
  }

  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
  for (const type of ['click', 'input', 'keydown'] as const) {
    document.addEventListener(
      type,
      (event) => {
        if (pending && pending.spec.trigger === type && pending.inputAt === null) {
          pending.inputAt = event.timeStamp
          pending.inputValue = event.target instanceof HTMLInputElement ? event.target.value : null
        }
      },
      { capture: true },
    )
  }

  window.__benchProbe = {
    arm(spec) {
      marks.length = 0
      events.length = 0
      result = new Promise((resolve) => {
        pending = { spec, inputAt: null, inputValue: null, before: signature(spec.region), done: false, resolve }
        setTimeout(() => resolve({ timeout: true }), spec.timeoutMs)
      })
    },
    result: () => result,
  }
}

export async function addLatencyProbe(page: Page): Promise<void> {
  await page.addInitScript(pageScript(installProbe, undefined))
}

/** Arms the probe, performs the input, waits for its painted results; null when nothing changed in time. */
export async function timeInput(page: Page, spec: ArmSpec, input: () => Promise<void>): Promise<TrialTiming | null> {
  await page.evaluate((s) => window.__benchProbe?.arm(s), spec)
  await input()
  const outcome = await page.evaluate(() => window.__benchProbe?.result() ?? { timeout: true as const })
  return 'timeout' in outcome ? null : outcome
}

/** Waits until the region has not changed for `quietMs` (the previous trial's work is over). */
export async function settle(page: Page, region: string, quietMs = 300, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    ({ region, quietMs }) => {
      const w = window as unknown as { __settle?: { text: string; since: number } }
      const text =
        (document.querySelector(region)?.innerHTML.length ?? -1) + (document.querySelector(region)?.textContent ?? '')
      const now = performance.now()
      if (!w.__settle || w.__settle.text !== text) {
        w.__settle = { text, since: now }
        return false
      }
      return (
        now - w.__settle.since >= quietMs && document.querySelector(region)?.querySelector('[aria-busy="true"]') == null
      )
    },
    { region, quietMs },
    { timeout: timeoutMs, polling: 50 },
  )
}
