/**
 * Chromium for the bench: Debian's browser with the project's launch flags (e2e/support), a
 * phone-sized viewport, the service worker blocked (so every request the page makes is the page's
 * own and visible to the bench), and CDP for CPU throttling, garbage collection and heap metrics.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium.ts'

/** A mid-range phone's CSS viewport (Lighthouse's Moto G Power). */
export const PHONE_VIEWPORT = { width: 412, height: 823 }

export async function withBrowser<T>(body: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    return await body(browser)
  } finally {
    await browser.close()
  }
}

/**
 * The app has taken over the page (src/app/boot/appReady.ts). A prerendered page paints and fires
 * its load event before the app's scripts are requested, so a click before this is the browser's.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 60_000 })
}

/** A fresh context is a cold visit: empty HTTP cache, empty storage. */
export async function withColdPage<T>(
  browser: Browser,
  body: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, serviceWorkers: 'block', locale: 'ar' })
  try {
    const page = await context.newPage()
    return await body(page, context)
  } finally {
    await context.close()
  }
}

export async function setCpuThrottling(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapUsedAfterGcMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')
  if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize')
  return used.value / 1024 / 1024
}

/**
 * JS heap in use in the browser's dedicated workers (the search worker), after a full garbage
 * collection in each, in MB, by worker script. Playwright gives no CDP session on a worker: a
 * browser session attaches to each worker target and speaks to it through
 * Target.sendMessageToTarget (non-flat mode), HeapProfiler.collectGarbage then Runtime.getHeapUsage.
 */
export async function workerHeapsAfterGcMB(browser: Browser): Promise<Map<string, number>> {
  const cdp = await browser.newBrowserCDPSession()
  try {
    const { targetInfos } = await cdp.send('Target.getTargets')
    const heaps = new Map<string, number>()
    let nextId = 0
    const waiting = new Map<number, (reply: { result?: Record<string, unknown>; error?: unknown }) => void>()
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: unknown }
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply)
    })
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })
      const call = (method: string) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const id = ++nextId
          waiting.set(id, (reply) =>
            reply.error ? reject(new Error(JSON.stringify(reply.error))) : resolve(reply.result ?? {}),
          )
          cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(reject)
        })
      await call('HeapProfiler.collectGarbage')
      const usage = await call('Runtime.getHeapUsage')
      const name = new URL(target.url).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js')
      heaps.set(name, (heaps.get(name) ?? 0) + Number(usage['usedSize']) / 1024 / 1024)
      await cdp.send('Target.detachFromTarget', { sessionId })
    }
    return heaps
  } finally {
    await cdp.detach()
  }
}

/** Shown ones only (`:visible`): a prerendered page may keep hidden markup meant for another address. */
export const ARTICLE_LINKS = 'main a[href^="/articles/"]:visible'

/** The first article a cold visitor to the feed sees: its path, without the list it came from. */
export async function firstFeedArticlePath(browser: Browser, origin: string): Promise<string> {
  return withColdPage(browser, async (page) => {
    await page.goto(`${origin}/`)
    const href = await page.locator(ARTICLE_LINKS).first().getAttribute('href', { timeout: 30_000 })
    if (href === null) throw new Error('the feed shows no article link')
    return new URL(href, origin).pathname
  })
}

/** Words of the article titles on the feed's first screen (Arabic, 4+ letters), for search trials. */
export async function feedTitleWords(browser: Browser, origin: string): Promise<string[]> {
  return withColdPage(browser, async (page) => {
    await page.goto(`${origin}/`)
    await page.locator(ARTICLE_LINKS).first().waitFor({ timeout: 30_000 })
    const titles = await page.locator(ARTICLE_LINKS).allInnerTexts()
    const words = titles
      .flatMap((title) => title.split(/[\s«»"“”،,.:؛()]+/u))
      .filter((w) => /^[\u0621-\u064A]{4,}$/u.test(w))
    return [...new Set(words)]
  })
}
