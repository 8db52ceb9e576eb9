/**
 * Search from a cold open: a first visit straight to /search?q=<word> (empty cache, nothing loaded),
 * timed from navigation start to the paint of its results (≤ 1 s), unthrottled and at 4× CPU.
 */
import type { Page } from '@playwright/test'
import { appForCorpus } from './corpusBuild.ts'
import { feedTitleWords, setCpuThrottling, withBrowser, withColdPage } from './browser.ts'
import { MARKS } from './interactionTrials.ts'
import { pageScript } from './pageScript.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section } from './section.ts'
import { summarise } from './stats.ts'
import { withStaticServer } from './staticServer.ts'
import { PORTS } from './workspace.ts'

declare global {
  interface Window {
    __benchColdResults?: Promise<{ probeMs: number; markMs: number | null }>
  }
}

/** Runs in the page before the app: resolves at the paint after the first search results appear. */
function watchFirstResults(mark: string): void {
  window.__benchColdResults = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const main = document.querySelector('main')
      // Shown links only: the prerendered feed markup a search address starts with is hidden, not results.
      const shown = [...(main?.querySelectorAll('a[href^="/articles/"]') ?? [])].some((a) => a.checkVisibility())
      if (!shown || main?.querySelector('[aria-busy="true"]')) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          const probeMs = performance.now()
          setTimeout(() => resolve({ probeMs, markMs: performance.getEntriesByName(mark)[0]?.startTime ?? null }), 100)
        }
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  })
}

async function coldOpen(page: Page, url: string, rate: number): Promise<{ probeMs: number; markMs: number | null }> {
  await page.addInitScript(pageScript(watchFirstResults, MARKS.search))
  const cdp = await page.context().newCDPSession(page)
  await setCpuThrottling(cdp, rate)
  await page.goto(url)
  return page.evaluate(() => window.__benchColdResults as Promise<{ probeMs: number; markMs: number | null }>)
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
          const runs = []
          for (let i = 0; i < opens; i++) {
            const word = words[i % words.length] ?? 'العراق'
            runs.push(
              await withColdPage(browser, (page) =>
                coldOpen(page, `${origin}/search?q=${encodeURIComponent(word)}`, rate),
              ),
            )
          }
          const byMark = runs.every((r) => r.markMs !== null)
          const stats = summarise(runs.map((r) => (byMark ? (r.markMs as number) : r.probeMs)))
          record({
            id: `search.cold.cpu${rate}`,
            label: `Search first results from a cold open, CPU ${rate}×, median`,
            corpus,
            value: stats.median,
            unit: 'ms',
            ...(rate === 1 ? { goal: atMost(1000) } : {}),
            note: `${opens} cold opens, ${byMark ? `app mark ${MARKS.search}` : 'in-page probe'}; max ${stats.max.toFixed(0)} ms`,
          })
        }
      }),
    )
  }
  note(
    "Each open is a new browser context (empty HTTP cache and storage, service worker blocked) going straight to /search?q=<a word from the feed's titles>; time from navigation start to the paint after the first result links appear (not aria-busy). Includes loading the app, the manifest and whatever search data the app fetches. The goal applies unthrottled.",
  )
}
