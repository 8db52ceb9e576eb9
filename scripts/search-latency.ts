/**
 * A quick look at search latency in Chromium on a built app (the official figures come from
 * `npm run bench`): a cold open of `/search?q=…` (no cache, no service worker) until the first
 * results are painted, then words typed key by key, each keystroke timed from its input event to
 * its painted results (the `search:*` marks of src/features/search/searchTiming.ts), at 1× and 4×
 * CPU throttling. `tsx scripts/search-latency.ts http://127.0.0.1:PORT [word …]`.
 */
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts'

const [base = 'http://127.0.0.1:4430', ...argWords] = process.argv.slice(2)
const words =
  argWords.length > 0 ? argWords : ['الحكومة الجزائرية', 'مشروع تحلية مياه', 'القيادة العسكرية الأمريكية', 'تونس دعم']
const KEY_DELAY_MS = 120

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

const browser = await chromium.launch(chromiumLaunchOptions())
for (const throttle of [1, 4]) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ar' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  const dataFiles: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/data/')) dataFiles.push(path)
  })
  await page.goto(`${base}/search?${new URLSearchParams({ q: 'الجزائر' })}`)
  const first = await page.waitForFunction(
    () => performance.getEntriesByName('search:first-results')[0]?.duration,
    null,
    { timeout: 30_000 },
  )
  const firstMs = (await first.jsonValue()) as number
  const coldFiles = [...dataFiles]
  const kinds = (prefix: string) => coldFiles.filter((f) => f.startsWith(prefix)).length
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
  const field = page.getByRole('searchbox', { name: 'ابحث في المقالات' })
  for (const word of words) {
    await field.fill('')
    await field.pressSequentially(word, { delay: KEY_DELAY_MS })
    await page.waitForTimeout(400)
  }
  const keystrokes = await page.evaluate(() => performance.getEntriesByName('search:keystroke').map((m) => m.duration))
  const answers = await page.evaluate(() => performance.getEntriesByName('search:answer').map((m) => m.duration))
  const sorted = [...keystrokes].sort((a, b) => a - b)
  const sortedAnswers = [...answers].sort((a, b) => a - b)
  console.log(
    `CPU ${throttle}×: first results of a cold open ${firstMs.toFixed(0)} ms ` +
      `(${coldFiles.length} data files: ${kinds('/data/search/terms/')} shards, ${kinds('/data/search/docs/')} summary chunks); ${sorted.length} keystrokes to painted results: ` +
      `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms; ` +
      `of which the worker's answer: median ${quantile(sortedAnswers, 0.5).toFixed(1)} ms, p95 ${quantile(sortedAnswers, 0.95).toFixed(1)} ms`,
  )
  await context.close()
}
await browser.close()
