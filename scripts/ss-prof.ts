import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts'
const browser = await chromium.launch(chromiumLaunchOptions())
const page = await browser.newPage()
await page.goto('http://127.0.0.1:4430/search?q=تونس')
await page.waitForFunction(() => performance.getEntriesByName('search:first-results').length > 0)
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Profiler.start')
const field = page.getByRole('searchbox', { name: 'ابحث في المقالات' })
for (const w of ['الحكومة الجزائرية', 'مشروع تحلية مياه']) { await field.fill(''); await field.pressSequentially(w, { delay: 120 }) }
await page.waitForTimeout(400)
const { profile } = await cdp.send('Profiler.stop')
const idx = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const self = new Map<string, number>(), total = new Map<string, number>()
const dt = profile.timeDeltas ?? []
const key = (n: (typeof profile.nodes)[number]) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
profile.samples?.forEach((s, i) => {
  const t = dt[i] ?? 0
  const n = idx.get(s)!
  self.set(key(n), (self.get(key(n)) ?? 0) + t)
  const seen = new Set<string>()
  for (let x: number | undefined = s; x !== undefined; x = parent.get(x)) { const k = key(idx.get(x)!); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + t) } }
})
console.log('SELF'); for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((t / 1000).toFixed(1), k.slice(0, 100))
console.log('TOTAL'); for (const [k, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((t / 1000).toFixed(1), k.slice(0, 100))
await browser.close()
