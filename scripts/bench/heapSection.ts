/**
 * JS heap after 20 client-side navigations (≤ 150 MB): feed → article → a keyword's search →
 * a result → back …, clicking the app's own links so the single page keeps what it accumulates;
 * then a full GC (CDP HeapProfiler.collectGarbage) and Performance.getMetrics JSHeapUsedSize for
 * the page, and the same for the search worker (its own heap, with the index shards it holds):
 * the goal is read on the two together.
 */
import type { Page } from '@playwright/test'
import { appForCorpus } from './corpusBuild.ts'
import {
  appReady,
  ARTICLE_LINKS,
  heapUsedAfterGcMB,
  withBrowser,
  withColdPage,
  workerHeapsAfterGcMB,
} from './browser.ts'
import { settle } from './latencyProbe.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section } from './section.ts'
import { withStaticServer } from './staticServer.ts'
import { PORTS } from './workspace.ts'

const NAVIGATIONS = 20
const SEARCH_LINKS = 'main a[href^="/search"]:visible'
const HOME_LINK = 'header a[href="/"]'

/** A page is ready when its heading shows, the network is idle and <main> has stopped changing. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle', { timeout: 120_000 })
  await settle(page, 'main', 500, 120_000)
}

/**
 * One navigation by the app's own links, in a cycle of four that covers the reader's routes:
 * feed → an article card → one of its keyword links (search) → a result → the masthead's home link.
 * Each step falls back to an article link, then to going back, when its link is not on the page.
 */
async function navigate(page: Page, step: number): Promise<string> {
  const before = page.url()
  const round = Math.floor(step / 4)
  const preferred = [ARTICLE_LINKS, SEARCH_LINKS, ARTICLE_LINKS, HOME_LINK][step % 4] as string
  const nth = step % 4 === 0 ? round : 0
  const link = [preferred, ARTICLE_LINKS].map((selector) => page.locator(selector))
  const first = (await link[0]?.count()) ? link[0] : (await link[1]?.count()) ? link[1] : null
  if (first) await first.nth(Math.min(nth, (await first.count()) - 1)).click()
  else await page.goBack()
  await page.waitForURL((url) => url.href !== before, { timeout: 30_000 })
  await settled(page)
  return new URL(page.url()).pathname
}

export const heapSection: Section = async ({ options, log, record, note }) => {
  for (const size of options.sizes) {
    const app = await appForCorpus(size, log, note)
    await withStaticServer({ ...app, port: PORTS.app }, (origin) =>
      withBrowser((browser) =>
        withColdPage(browser, async (page) => {
          await page.goto(`${origin}/`)
          await appReady(page)
          await settled(page)
          const start = await heapUsedAfterGcMB(page)
          const visited = new Set<string>()
          for (let step = 0; step < NAVIGATIONS; step++)
            visited.add(`/${(await navigate(page, step)).split('/')[1] ?? ''}`)
          const pageHeap = await heapUsedAfterGcMB(page)
          const workers = await workerHeapsAfterGcMB(browser)
          const workerHeap = [...workers.values()].reduce((sum, mb) => sum + mb, 0)
          const corpus = corpusLabel(size)
          record({
            id: 'heap.after20.total',
            label: `JS heap after ${NAVIGATIONS} navigations (after GC), page + workers`,
            corpus,
            value: pageHeap + workerHeap,
            unit: 'MB',
            goal: atMost(150),
            note: `page ${pageHeap.toFixed(1)} MB, ${workers.size === 0 ? 'no worker running' : [...workers].map(([name, mb]) => `${name} ${mb.toFixed(1)} MB`).join(', ')}`,
          })
          record({
            id: 'heap.after20',
            label: `JS heap after ${NAVIGATIONS} navigations (after GC), page only`,
            corpus,
            value: pageHeap,
            unit: 'MB',
            note: `${start.toFixed(1)} MB after the first screen; routes visited: ${[...visited].join(', ')}`,
          })
          record({
            id: 'heap.after20.workers',
            label: `JS heap after ${NAVIGATIONS} navigations (after GC), search worker`,
            corpus,
            value: workerHeap,
            unit: 'MB',
          })
        }),
      ),
    )
  }
  note(
    "One page, 20 navigations through the app's links in cycles of four (feed → article card → a keyword's search → a result → the masthead's home link), each waited until its heading shows, the network is idle and <main> has not changed for 500 ms; then CDP HeapProfiler.collectGarbage and Performance.getMetrics JSHeapUsedSize for the page, and for each dedicated worker (the search worker, started by the keyword searches) HeapProfiler.collectGarbage and Runtime.getHeapUsage through a browser CDP session attached to the worker's target. The goal is read on page + workers.",
  )
}
