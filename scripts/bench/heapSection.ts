/**
 * JS heap after 20 client-side navigations (≤ 150 MB): feed → article → a keyword's search →
 * a result → back …, clicking the app's own links so the single page keeps what it accumulates;
 * then a full GC (CDP HeapProfiler.collectGarbage) and Performance.getMetrics JSHeapUsedSize.
 */
import type { Page } from '@playwright/test'
import { ensureData } from './corpora.ts'
import { ARTICLE_LINKS, heapUsedAfterGcMB, withBrowser, withColdPage } from './browser.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section } from './section.ts'
import { withStaticServer } from './staticServer.ts'
import { APP_DIR, PORTS } from './workspace.ts'

const NAVIGATIONS = 20
const SEARCH_LINKS = 'main a[href^="/search"]'

async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}

/** One navigation by the app's links; which link depends on the step so the walk covers routes. */
async function navigate(page: Page, step: number): Promise<string> {
  const before = page.url()
  const keyword = page.locator(SEARCH_LINKS)
  const articles = page.locator(ARTICLE_LINKS)
  if (step % 4 === 3) await page.goBack()
  else if (step % 4 === 1 && (await keyword.count()) > 0) await keyword.nth(step % (await keyword.count())).click()
  else {
    const count = await articles.count()
    if (count === 0) await page.goBack()
    else await articles.nth(step % count).click()
  }
  await page.waitForURL((url) => url.href !== before, { timeout: 30_000 })
  await settled(page)
  return new URL(page.url()).pathname
}

export const heapSection: Section = async ({ options, log, record, note }) => {
  for (const size of options.sizes) {
    const data = await ensureData(size, log)
    await withStaticServer({ appDir: APP_DIR, dataDir: data.dir, port: PORTS.app }, (origin) =>
      withBrowser((browser) =>
        withColdPage(browser, async (page) => {
          await page.goto(`${origin}/`)
          await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 30_000 })
          await settled(page)
          const start = await heapUsedAfterGcMB(page)
          const visited = new Set<string>()
          for (let step = 0; step < NAVIGATIONS; step++) visited.add((await navigate(page, step)).split('/')[1] ?? '')
          record({
            id: 'heap.after20',
            label: `JS heap after ${NAVIGATIONS} navigations (after GC)`,
            corpus: corpusLabel(size),
            value: await heapUsedAfterGcMB(page),
            unit: 'MB',
            goal: atMost(150),
            note: `${start.toFixed(1)} MB after the first screen; routes visited: ${[...visited].map((r) => `/${r}`).join(', ')}`,
          })
        }),
      ),
    )
  }
  note('One page, 20 navigations through the app\'s links (article cards, keyword links to /search, back), each waited until its heading shows and the network is idle; then CDP HeapProfiler.collectGarbage and Performance.getMetrics JSHeapUsedSize.')
}
