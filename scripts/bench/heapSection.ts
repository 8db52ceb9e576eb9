/**
 * JS heap after 20 client-side navigations (≤ 150 MB): feed → article → a keyword's search →
 * a result → back …, clicking the app's own links so the single page keeps what it accumulates;
 * then a full GC (CDP HeapProfiler.collectGarbage) and Performance.getMetrics JSHeapUsedSize.
 */
import type { Page } from '@playwright/test'
import { appForCorpus } from './corpusBuild.ts'
import { appReady, ARTICLE_LINKS, heapUsedAfterGcMB, withBrowser, withColdPage } from './browser.ts'
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
          record({
            id: 'heap.after20',
            label: `JS heap after ${NAVIGATIONS} navigations (after GC)`,
            corpus: corpusLabel(size),
            value: await heapUsedAfterGcMB(page),
            unit: 'MB',
            goal: atMost(150),
            note: `${start.toFixed(1)} MB after the first screen; routes visited: ${[...visited].join(', ')}`,
          })
        }),
      ),
    )
  }
  note(
    "One page, 20 navigations through the app's links in cycles of four (feed → article card → a keyword's search → a result → the masthead's home link), each waited until its heading shows, the network is idle and <main> has not changed for 500 ms; then CDP HeapProfiler.collectGarbage and Performance.getMetrics JSHeapUsedSize.",
  )
}
