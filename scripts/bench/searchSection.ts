/**
 * Search from a cold open: a first visit straight to /search?q=<word> (empty cache, nothing loaded),
 * timed from navigation start to the paint of its complete results (≤ 1 s), unthrottled and at 4×
 * CPU, with what the open fetched from /data/ (search manifest, term shards, summary chunks).
 */
import type { Browser, Page } from '@playwright/test'
import { appForCorpus } from './corpusBuild.ts'
import { feedTitleWords, setCpuThrottling, withBrowser, withColdPage } from './browser.ts'
import { MARKS } from './interactionTrials.ts'
import { pageScript } from './pageScript.ts'
import { isData, logResponses, total, type ByteTotal } from './requestLog.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section } from './section.ts'
import { summarise } from './stats.ts'
import { withStaticServer } from './staticServer.ts'
import { PORTS } from './workspace.ts'
import { SEARCH_MEASURES } from '@/lib/perfMarks.ts'

/** How long a cold open may take to show complete results (slow 4G and 4× CPU on a busy machine included). */
const COLD_TIMEOUT_MS = 120_000

export interface ColdSearch {
  /** Navigation start → the paint after the query's complete results. */
  readonly completeMs: number
  /** Navigation start → the app's first painted results (its first screen), when measured. */
  readonly firstMs: number | null
  readonly data: ByteTotal
}

declare global {
  interface Window {
    __benchColdResults?: Promise<{ completeMs: number; firstMs: number | null }>
  }
}

/**
 * Runs in the page before the app: resolves at the paint after the address's query has its
 * complete results on screen — the app's last painted mark for the query (placed again when the
 * rest follows the first screen), as many articles shown as it counts, nothing aria-busy.
 */
function watchCompleteResults(names: { painted: string; firstResults: string }): void {
  const query = (new URLSearchParams(location.search).get('q') ?? '').trim()
  const marks: PerformanceMark[] = []
  window.__benchColdResults = new Promise((resolve) => {
    let done = false
    const check = (): void => {
      const main = document.querySelector('main')
      if (done || !main || main.querySelector('[aria-busy="true"]')) return
      const last = marks.filter((m) => String(m.detail?.query ?? '').trim() === query).at(-1)
      if (last === undefined) return
      const count = Number(last.detail?.count)
      // Shown links only: the prerendered feed markup a search address starts with is hidden, not results.
      const links = [...main.querySelectorAll('a[href^="/articles/"]')].filter((a) => a.checkVisibility())
      if (!Number.isFinite(count) || new Set(links.map((a) => a.getAttribute('href'))).size < count) return
      done = true
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          const completeMs = performance.now()
          resolve({ completeMs, firstMs: performance.getEntriesByName(names.firstResults)[0]?.duration ?? null })
        }
        channel.port2.postMessage(null)
      })
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === names.painted) marks.push(entry as PerformanceMark)
      check()
    }).observe({ type: 'mark', buffered: true })
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
  })
}

/** Opens `url` (a /search?q= address) on a fresh page already set up (throttling, network). */
export async function coldSearch(page: Page, url: string): Promise<ColdSearch> {
  await page.addInitScript(
    pageScript(watchCompleteResults, { painted: MARKS.search, firstResults: SEARCH_MEASURES.firstResults }),
  )
  const responses = logResponses(page)
  await page.goto(url, { timeout: 120_000 })
  // A page that never shows complete results fails the open (and the figure) instead of hanging the bench.
  const timing = await page.evaluate(
    (ms) =>
      Promise.race([
        window.__benchColdResults as Promise<{ completeMs: number; firstMs: number | null }>,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no complete results in ${ms} ms`)), ms)),
      ]),
    COLD_TIMEOUT_MS,
  )
  return { ...timing, data: total(responses.filter(isData)) }
}

/** Cold opens of /search?q=<word>, one per word in turn, each on a fresh page set up by `setUp`. */
export async function coldSearches(
  browser: Browser,
  origin: string,
  words: readonly string[],
  opens: number,
  setUp: (page: Page) => Promise<void>,
): Promise<ColdSearch[]> {
  const runs: ColdSearch[] = []
  for (let i = 0; i < opens; i++) {
    const word = words[i % words.length] ?? 'العراق'
    runs.push(
      await withColdPage(browser, async (page) => {
        await setUp(page)
        return coldSearch(page, `${origin}/search?q=${encodeURIComponent(word)}`)
      }),
    )
  }
  return runs
}

/** `3 shards, 2 summary chunks, manifest …`: which search files a cold open fetched. */
export function searchFiles(data: ByteTotal): string {
  const count = (prefix: string) => data.paths.filter((p) => p.startsWith(prefix)).length
  return `${count('/data/search/terms/')} term shards, ${count('/data/search/docs/')} summary chunks, ${data.count} /data/ files in all, ${data.gzipKB.toFixed(1)} KB gzip`
}

export function coldNote(runs: readonly ColdSearch[]): string {
  const stats = summarise(runs.map((r) => r.completeMs))
  const first = runs.flatMap((r) => (r.firstMs === null ? [] : [r.firstMs]))
  const median = [...runs].sort((a, b) => a.completeMs - b.completeMs)[Math.floor(runs.length / 2)] as ColdSearch
  return [
    `${runs.length} cold opens, range ${stats.min.toFixed(0)}–${stats.max.toFixed(0)} ms`,
    first.length > 0
      ? `first screen (measure ${SEARCH_MEASURES.firstResults}) median ${summarise(first).median.toFixed(0)} ms`
      : '',
    `the median open fetched ${searchFiles(median.data)}`,
  ]
    .filter(Boolean)
    .join('; ')
}

export const searchSection: Section = async ({ options, log, record, note }) => {
  const opens = options.mode === 'quick' ? 3 : 7
  for (const size of options.sizes) {
    const app = await appForCorpus(size, log, note)
    const corpus = corpusLabel(size)
    await withStaticServer({ ...app, port: PORTS.app }, (origin) =>
      withBrowser(async (browser) => {
        const words = await feedTitleWords(browser, origin)
        for (const rate of [1, 4]) {
          const runs = await coldSearches(browser, origin, words, opens, async (page) =>
            setCpuThrottling(await page.context().newCDPSession(page), rate),
          )
          record({
            id: `search.cold.cpu${rate}`,
            label: `Search complete results from a cold open, CPU ${rate}×, median`,
            corpus,
            value: summarise(runs.map((r) => r.completeMs)).median,
            unit: 'ms',
            ...(rate === 1 ? { goal: atMost(1000) } : {}),
            note: coldNote(runs),
          })
        }
      }),
    )
  }
  note(
    "Each open is a new browser context (empty HTTP cache and storage, service worker blocked) going straight to /search?q=<a word from the feed's titles>; time from navigation start to the paint after the query's complete results are on screen: the app's last painted mark for the query (src/lib/perfMarks.ts; placed again when the rest follows the first screen), as many articles shown as it counts, nothing aria-busy. Includes loading the app, the search manifest and whatever shards and summaries the query needs. The goal applies unthrottled.",
  )
  note(
    'Continuous typing (letter by letter, each keystroke to its complete results) is timed in the latency section above, on a warm page beside the naive baseline.',
  )
}
