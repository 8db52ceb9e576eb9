/**
 * The reader on a phone network: Chromium's network emulated as Lighthouse's "slow 4G" (CDP
 * Network.emulateNetworkConditions: 562.5 ms request latency, 1.4 Mbit/s down, 675 kbit/s up),
 * at CPU 1× and 4×. Timed: a cold search (a first visit to /search?q=<word> until its complete
 * results are painted) and a navigation (on a loaded feed, a click on an article card until the
 * article's text is painted: its route's code and its data fetched over that network).
 */
import type { Browser, CDPSession, Page } from '@playwright/test'
import { appForCorpus } from './corpusBuild.ts'
import { appReady, ARTICLE_LINKS, feedTitleWords, setCpuThrottling, withBrowser, withColdPage } from './browser.ts'
import { pageScript } from './pageScript.ts'
import { isData, isScriptOrStyle, logResponses, total } from './requestLog.ts'
import { corpusLabel } from './results.ts'
import { coldNote, coldSearches } from './searchSection.ts'
import type { Section } from './section.ts'
import { summarise } from './stats.ts'
import { withStaticServer } from './staticServer.ts'
import { PORTS } from './workspace.ts'

/**
 * Lighthouse's mobile "slow 4G" as DevTools throttling applies it (lighthouse-core constants:
 * 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up), in CDP's units (bytes/s).
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
} as const

export async function emulateSlow4g(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
}

const RATES = [1, 4] as const

declare global {
  interface Window {
    __benchNavigation?: { clickAt: number | null; done: Promise<number> }
  }
}

/** Runs in the page before the app: from a click to the paint after an article's text is shown. */
function watchNavigation(): void {
  let resolveDone: (at: number) => void = () => undefined
  const state = { clickAt: null as number | null, done: new Promise<number>((r) => (resolveDone = r)) }
  window.__benchNavigation = state
  let finished = false
  const check = (): void => {
    if (finished || state.clickAt === null || !location.pathname.startsWith('/articles/')) return
    const main = document.querySelector('main')
    const body = main?.querySelector('article .article__body')
    if (!main || main.querySelector('[aria-busy="true"]') || !body?.checkVisibility() || !body.textContent?.trim())
      return
    finished = true
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolveDone(performance.now() - (state.clickAt as number))
      channel.port2.postMessage(null)
    })
  }
  document.addEventListener(
    'click',
    (event) => {
      if (state.clickAt === null) state.clickAt = event.timeStamp
    },
    { capture: true },
  )
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
}

interface Navigation {
  readonly ms: number
  readonly codeKB: number
  readonly dataKB: number
}

/** A loaded feed (fast), then the phone's network and CPU, then a click on its `nth` article card. */
async function navigation(browser: Browser, origin: string, rate: number, nth: number): Promise<Navigation> {
  return withColdPage(browser, async (page: Page) => {
    await page.addInitScript(pageScript(watchNavigation, undefined))
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' })
    await appReady(page)
    await page.waitForLoadState('networkidle')
    const cdp = await page.context().newCDPSession(page)
    await emulateSlow4g(cdp)
    await setCpuThrottling(cdp, rate)
    const responses = logResponses(page)
    const links = page.locator(ARTICLE_LINKS)
    await links.nth(Math.min(nth, (await links.count()) - 1)).click()
    // A click that never shows the article fails the trial instead of hanging the bench.
    const ms = await page.evaluate(() =>
      Promise.race([
        window.__benchNavigation?.done as Promise<number>,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no article text in 60 s')), 60_000)),
      ]),
    )
    return {
      ms,
      codeKB: total(responses.filter(isScriptOrStyle)).gzipKB,
      dataKB: total(responses.filter(isData)).gzipKB,
    }
  })
}

export const networkSection: Section = async ({ options, log, record, note }) => {
  const opens = options.mode === 'quick' ? 3 : 5
  for (const size of options.sizes) {
    const app = await appForCorpus(size, log, note)
    const corpus = corpusLabel(size)
    await withStaticServer({ ...app, port: PORTS.app }, (origin) =>
      withBrowser(async (browser) => {
        const words = await feedTitleWords(browser, origin)
        for (const rate of RATES) {
          log(`cold search at ${corpus}, slow 4G, CPU ${rate}×: ${opens} opens`)
          const runs = await coldSearches(browser, origin, words, opens, async (page) => {
            const cdp = await page.context().newCDPSession(page)
            await emulateSlow4g(cdp)
            await setCpuThrottling(cdp, rate)
          })
          record({
            id: `network.search.cold.cpu${rate}`,
            label: `Slow 4G: search complete results from a cold open, CPU ${rate}×, median`,
            corpus,
            value: summarise(runs.map((r) => r.completeMs)).median,
            unit: 'ms',
            note: coldNote(runs),
          })
          log(`feed → article at ${corpus}, slow 4G, CPU ${rate}×: ${opens} clicks`)
          const clicks: Navigation[] = []
          for (let i = 0; i < opens; i++) clicks.push(await navigation(browser, origin, rate, i))
          const stats = summarise(clicks.map((c) => c.ms))
          const fetched = (pick: (n: Navigation) => number) => summarise(clicks.map(pick)).median.toFixed(1)
          record({
            id: `network.navigation.cpu${rate}`,
            label: `Slow 4G: feed → article (click to its text painted), CPU ${rate}×, median`,
            corpus,
            value: stats.median,
            unit: 'ms',
            note: `${clicks.length} clicks on the first cards in turn, range ${stats.min.toFixed(0)}–${stats.max.toFixed(0)} ms; fetched after the click (median): ${fetched((c) => c.codeKB)} KB of JS + CSS, ${fetched((c) => c.dataKB)} KB of /data/, gzip`,
          })
        }
      }),
    )
  }
  note(
    'Network: CDP Network.emulateNetworkConditions with the values DevTools throttling uses for Lighthouse\'s mobile "slow 4G" (562.5 ms added to each request, 1.4 Mbit/s down, 675 kbit/s up), with the CPU unthrottled and at 4×; fresh browser context per trial, service worker blocked, phone viewport. The cold search is timed as in the section above (navigation start → complete results painted).',
  )
  note(
    "Navigation: the feed is loaded and the app started on a fast network first (what a reader has after the first visit); then the network is slowed and a card of the feed clicked. Time from the click event to the paint after the article's text is shown (no aria-busy): the article route's code, if not loaded yet, and the article's data are fetched over the slow network.",
  )
}
