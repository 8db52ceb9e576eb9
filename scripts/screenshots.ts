/**
 * `npm run screenshots`: the README's pictures of the built app (run `npm run build` first).
 * Serves dist/ with `vite preview` on a private port, photographs the feed and an article at
 * phone and desktop size, Arabic and English UI, light and dark, into docs/screenshots/, and
 * stops the server (its whole process group) whatever happens.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts'
import { dataPaths, feedPageSchema } from '@/core/schema.ts'

const PORT = 4388
const BASE = `http://127.0.0.1:${PORT}`
const OUT = 'docs/screenshots'

interface Shot {
  name: string
  path: string
  viewport: { width: number; height: number }
  colorScheme: 'light' | 'dark'
  language: 'ar' | 'en'
  /** A reading theme chosen in the settings (sepia has no system equivalent). */
  theme?: 'light' | 'dark' | 'sepia'
  /** The masthead's menu opened (phone widths). */
  menuOpen?: boolean
}

function firstArticleId(): string {
  const page = feedPageSchema.parse(
    JSON.parse(readFileSync(`dist/data/${dataPaths.feedPage(dataPaths.allList, 1)}`, 'utf8')),
  )
  const first = page.items[0]
  if (!first) throw new Error('the built feed is empty: run npm run build first')
  return first.id
}

const PHONE = { width: 390, height: 844 }
/** A small phone's first screen: what the reader sees before scrolling. */
const SMALL_PHONE = { width: 360, height: 640 }
const DESKTOP = { width: 1280, height: 900 }

function shots(articleId: string): Shot[] {
  const article = `/articles/${articleId}?from=all`
  return [
    { name: 'feed-phone', path: '/', viewport: PHONE, colorScheme: 'light', language: 'ar' },
    { name: 'feed-phone-small', path: '/', viewport: SMALL_PHONE, colorScheme: 'light', language: 'ar' },
    { name: 'article-phone-small', path: article, viewport: SMALL_PHONE, colorScheme: 'light', language: 'ar' },
    { name: 'article-phone-small-en-dark', path: article, viewport: SMALL_PHONE, colorScheme: 'dark', language: 'en' },
    {
      name: 'menu-phone-small',
      path: '/',
      viewport: SMALL_PHONE,
      colorScheme: 'light',
      language: 'ar',
      menuOpen: true,
    },
    { name: 'feed-phone-dark', path: '/', viewport: PHONE, colorScheme: 'dark', language: 'ar' },
    { name: 'article-phone', path: article, viewport: PHONE, colorScheme: 'light', language: 'ar' },
    { name: 'article-phone-dark-en', path: article, viewport: PHONE, colorScheme: 'dark', language: 'en' },
    { name: 'feed-desktop', path: '/', viewport: DESKTOP, colorScheme: 'light', language: 'ar' },
    { name: 'feed-desktop-en', path: '/', viewport: DESKTOP, colorScheme: 'light', language: 'en' },
    { name: 'article-desktop-dark', path: article, viewport: DESKTOP, colorScheme: 'dark', language: 'ar' },
    {
      name: 'article-phone-theme-light',
      path: article,
      viewport: PHONE,
      colorScheme: 'light',
      language: 'ar',
      theme: 'light',
    },
    {
      name: 'article-phone-theme-dark',
      path: article,
      viewport: PHONE,
      colorScheme: 'light',
      language: 'ar',
      theme: 'dark',
    },
    {
      name: 'article-phone-theme-sepia',
      path: article,
      viewport: PHONE,
      colorScheme: 'light',
      language: 'ar',
      theme: 'sepia',
    },
    { name: 'settings-phone', path: '/settings', viewport: PHONE, colorScheme: 'light', language: 'ar' },
    { name: 'settings-desktop-en-dark', path: '/settings', viewport: DESKTOP, colorScheme: 'dark', language: 'en' },
  ]
}

async function photograph(browser: Browser, shot: Shot): Promise<void> {
  const phone = shot.viewport.width < 500
  const context = await browser.newContext({
    viewport: shot.viewport,
    colorScheme: shot.colorScheme,
    serviceWorkers: 'block',
    isMobile: phone,
    hasTouch: phone,
  })
  const page = await context.newPage()
  await page.addInitScript(
    ({ language, theme }) => {
      localStorage.setItem('sahifa.language', language)
      if (theme) localStorage.setItem('sahifa.readingSettings', JSON.stringify({ theme }))
    },
    { language: shot.language, theme: shot.theme },
  )
  await page.goto(`${BASE}${shot.path}`)
  await page.locator('h1').waitFor()
  // The page's own data in, not its loading line (an English visit renders afresh and fetches),
  // and the web fonts switched on (they arrive after the first paint of a first visit).
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  await page.locator('html[data-webfonts]').waitFor({ state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
  if (shot.menuOpen) await page.locator('.app-header__menu-button').click()
  await page.screenshot({ path: `${OUT}/${shot.name}.png` })
  await context.close()
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`vite preview did not answer on ${BASE}`)
}

const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
  detached: true,
  stdio: 'ignore',
})
try {
  await waitForServer()
  mkdirSync(OUT, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions())
  for (const shot of shots(firstArticleId())) await photograph(browser, shot)
  await browser.close()
  console.log(`wrote ${OUT}/*.png`)
} finally {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
}
