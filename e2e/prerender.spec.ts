import type { APIRequestContext } from '@playwright/test'
import { dataPaths, feedPageSchema, manifestSchema } from '@/core/schema.ts'
import { APP_ENTRY_SCRIPT, test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'

/** The oldest article: the last card of the feed's last page. */
async function oldestArticle(request: APIRequestContext): Promise<{ id: string; title: string }> {
  const manifest = manifestSchema.parse(await (await request.get(`/data/${dataPaths.manifest}`)).json())
  const pageCount = manifest.feed.lists.find((list) => list.id === dataPaths.allList)?.pageCount ?? 1
  const last = feedPageSchema.parse(
    await (await request.get(`/data/${dataPaths.feedPage(dataPaths.allList, pageCount)}`)).json(),
  )
  const item = last.items.at(-1)
  if (item === undefined) throw new Error('the feed has no articles')
  return item
}

/**
 * Every article, topic page and one-topic filter is in the HTML (src/app/prerender, docs/boot.md):
 * it paints before any script runs.
 */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false })

  test('the feed shows its articles, newest first', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: ALGERIA.title })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  })

  test('an article shows its title and text', async ({ page, request }) => {
    const id = await articleIdByTitle(request, IRAQ.title)
    await page.goto(`/articles/${id}`)
    await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
    await expect(page.getByText(IRAQ.firstWords)).toBeVisible()
    await expect(page).toHaveTitle(new RegExp(IRAQ.title.slice(0, 20)))
  })

  test('the oldest article is in the first response too', async ({ page, request }) => {
    const oldest = await oldestArticle(request)
    const response = await request.get(`/articles/${oldest.id}`)
    expect(await response.text()).toContain(oldest.title)
    await page.goto(`/articles/${oldest.id}`)
    await expect(page.getByRole('heading', { level: 1, name: oldest.title })).toBeVisible()
  })

  test('a topic page shows its articles', async ({ page, request }) => {
    expect(await (await request.get(`/topics/${IRAQ.topic}`)).text()).toContain(IRAQ.title)
    await page.goto(`/topics/${IRAQ.topic}`)
    await expect(page.getByRole('heading', { level: 1, name: IRAQ.topicLabel })).toBeVisible()
    await expect(page.getByRole('heading', { name: IRAQ.title })).toBeVisible()
    await expect(page.getByRole('heading', { name: ALGERIA.title })).toHaveCount(0)
  })
})

test.describe('a one-topic filter of the feed', () => {
  test.use({ waitForApp: false })

  test('shows the filtered cards before the app starts, never the unfiltered feed', async ({ page }) => {
    // Records, at every frame from the first, whether the other topic's card could be seen.
    await page.addInitScript((otherTitle) => {
      const seen = { unfiltered: false }
      Object.assign(window, { seen })
      const check = () => {
        const root = document.getElementById('root')
        if (root !== null && getComputedStyle(root).visibility !== 'hidden' && root.textContent?.includes(otherTitle))
          seen.unfiltered = true
        requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    }, ALGERIA.title)
    // The app's code never arrives: what shows is the prerendered filter alone.
    await page.route(APP_ENTRY_SCRIPT, (route) => new Promise(() => void route))
    await page.goto(`/?topic=${IRAQ.topic}`, { waitUntil: 'domcontentloaded' })
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: ALGERIA.title })).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { seen: { unfiltered: boolean } }).seen.unfiltered)).toBe(
      false,
    )
  })

  test('is hydrated from its prerendered data, not fetched again', async ({ page }) => {
    const dataRequests: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/data/')) dataRequests.push(request.url())
    })
    await page.goto(`/?topic=${IRAQ.topic}`)
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' })
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: ALGERIA.title })).toHaveCount(0)
    expect(dataRequests.filter((url) => url.endsWith(`/data/${dataPaths.feedPage(IRAQ.topic, 1)}`))).toEqual([])
    // The app runs it: clearing the filter brings the other topic back.
    await page.getByRole('button', { name: new RegExp(IRAQ.topicLabel) }).click()
    await expect(page.getByRole('heading', { level: 2, name: ALGERIA.title })).toBeVisible()
  })
})

test('the prerendered feed is hydrated, not fetched again, and works', async ({ page }) => {
  const dataRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/data/')) dataRequests.push(request.url())
  })
  await page.goto('/')
  await page.getByRole('button', { name: /الجزائر وأفريكوم/ }).click()
  await expect(page).toHaveURL(/topic=algeria-africom/)
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toHaveCount(0)
  // The filter's list was fetched; the first screen's manifest and page were not.
  expect(dataRequests.some((url) => url.endsWith('/data/manifest.json'))).toBe(false)
  expect(dataRequests.some((url) => url.endsWith('/data/feed/all/1.json'))).toBe(false)
})

test('a dark reader gets the dark theme before the prerendered page first paints', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sahifa.readingSettings', JSON.stringify({ theme: 'dark' })))
  // Stop at the first paint of the HTML: the app's module has not run yet.
  await page.route(APP_ENTRY_SCRIPT, (route) => new Promise(() => void route))
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('an English reader gets the English UI, the Arabic markup never shown', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sahifa.language', 'en'))
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', 'stale')
})

test('another address served the feed markup by the SPA fallback renders its own page', async ({ page }) => {
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toHaveCount(0)
})

test.describe('before the app has started', () => {
  test.use({ waitForApp: false })

  test('a tap on a control before the app has started is kept and carried out once it has', async ({ page }) => {
    // Hold the app's entry script until after the tap, as a slow network would.
    let releaseApp = () => {}
    const appHeld = new Promise<void>((resolve) => (releaseApp = resolve))
    await page.route(APP_ENTRY_SCRIPT, async (route) => {
      await appHeld
      await route.continue()
    })
    // The load event waits for the held script: the page itself is in by DOMContentLoaded.
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    await page.getByRole('group', { name: 'لغة الواجهة' }).getByRole('button', { name: 'English' }).click()
    // Nothing can happen yet: the page is still the prerendered HTML.
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    releaseApp()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
  })

  test('a first visit paints in the fallback faces, fetches the web fonts after that paint and switches them on at the next page; a return visit starts with them', async ({
    page,
  }) => {
    await page.route(APP_ENTRY_SCRIPT, (route) => new Promise(() => void route))
    // The load event waits for the held script: the page itself is in by DOMContentLoaded.
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    const html = page.locator('html')
    // The fonts arrive while the first page is read, and stay off on it: it never changes face.
    await expect(html).toHaveAttribute('data-webfonts-ready', '')
    await expect(html).not.toHaveAttribute('data-webfonts', '')
    const paintedBeforeFonts = await page.evaluate(() => {
      const fontRequests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2'))
      const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity
      return fontRequests.length > 0 && fontRequests.every((entry) => entry.startTime >= firstPaint)
    })
    expect(paintedBeforeFonts).toBe(true)
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sahifa.webfonts-cached'))).toBe('1')

    await page.goto('/', { waitUntil: 'commit' })
    await expect(html).toHaveAttribute('data-webfonts', '')
    const fontsBeforePaint = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      return getComputedStyle(document.documentElement).getPropertyValue('--font-ui').includes('IBM Plex Sans Arabic')
    })
    expect(fontsBeforePaint).toBe(true)
  })

  test('web fonts that arrived during the first page switch on as the reader moves to the next', async ({ page }) => {
    await page.goto('/')
    const html = page.locator('html')
    await expect(html).toHaveAttribute('data-webfonts-ready', '')
    await page.locator('.article-card__title a').first().click()
    await expect(page).toHaveURL(/\/articles\//)
    await expect(html).toHaveAttribute('data-webfonts', '')
    await expect(html).not.toHaveAttribute('data-webfonts-ready', '')
  })
})
