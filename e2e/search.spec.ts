import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'

const FINDS_IRAQ = ['الامريكيه', 'الأميركية', 'امیرکیه', 'العلاقات', 'علاقة', 'التحالف', '٨٦', 'السوداني']
const FINDS_ALGERIA = ['افريكوم', 'أفريكوم', 'AFRICOM', 'شنقريحة', 'الجزائريه', 'الأميركية']
/** Typed into the field, keystroke by keystroke; the others go through the URL. */
const TYPED = new Set(['امیرکیه', 'العلاقات', '٨٦', 'AFRICOM', 'شنقريحة'])

const results = (page: Page) => page.getByRole('list', { name: 'نتائج البحث' })
const field = (page: Page) => page.getByRole('searchbox', { name: 'ابحث في المقالات' })

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('search-match')?.size ?? 0)
}

for (const [query, article] of [
  ...FINDS_IRAQ.map((q) => [q, IRAQ] as const),
  ...FINDS_ALGERIA.map((q) => [q, ALGERIA] as const),
]) {
  test(`${TYPED.has(query) ? 'typing' : 'opening /search?q='} ${query} finds “${article.title.slice(0, 30)}…”`, async ({
    page,
  }) => {
    if (TYPED.has(query)) {
      await page.goto('/search')
      await field(page).pressSequentially(query)
      await expect(page).toHaveURL(`/search?${new URLSearchParams({ q: query })}`)
    } else {
      await page.goto(`/search?${new URLSearchParams({ q: query })}`)
    }
    await expect(results(page).getByRole('link', { name: article.title })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /نتيج/ })).toBeVisible()
  })
}

test('typing replaces the URL (one history entry), a reload keeps the results, and titles are left as they were', async ({
  page,
}) => {
  await page.goto('/')
  await page.goto('/search')
  await field(page).pressSequentially('الأميركية')
  // The URL follows the field once the page is idle: wait for the whole word, not its first letters.
  await expect(page).toHaveURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'الأميركية')
  await expect(page.getByRole('status')).toHaveText('نتيجتان')
  await page.reload()
  await expect(field(page)).toHaveValue('الأميركية')
  const titles = results(page).locator('.article-card__title')
  await expect(titles).toHaveCount(2)
  // The highlight paints the text; it changes neither the text nor the markup of a title.
  expect((await titles.allTextContents()).sort()).toEqual([IRAQ.title, ALGERIA.title].sort())
  await expect.poll(() => highlightCount(page)).toBeGreaterThan(0)
  const titleMarkup = await results(page)
    .locator('.article-card__title a')
    .evaluateAll((links) => links.map((a) => a.children.length))
  expect(titleMarkup.every((n) => n === 0)).toBe(true)
  await page.goBack()
  await expect(page).toHaveURL('/')
})

test('a word found nowhere says so and suggests searches that do find something', async ({ page }) => {
  await page.goto('/search?q=زلزال')
  await expect(page.getByRole('status')).toHaveText('لا نتائج')
  await expect(page.getByText('لا نتائج للبحث عن')).toBeVisible()
  const suggestions = page.getByRole('list', { name: 'جرّب البحث عن:' }).getByRole('link')
  await expect(suggestions.first()).toBeVisible()
  await suggestions.filter({ hasText: 'مهمة التحالف' }).click()
  await expect(field(page)).toHaveValue('مهمة التحالف')
  await expect(results(page).getByRole('link', { name: IRAQ.title })).toBeVisible()
})

test('an article keyword link searches for it, and the article opened from the results highlights the matches', async ({
  page,
}) => {
  await page.goto('/search?q=شنقريحة')
  await results(page).getByRole('link', { name: ALGERIA.title }).click()
  await expect(page).toHaveURL(/\/articles\/[^?]+\?q=/)
  await expect(page.getByRole('heading', { level: 1, name: ALGERIA.title })).toBeVisible()
  await expect.poll(() => highlightCount(page)).toBeGreaterThan(0)
  // The highlight's ranges are static: read each one's text through a live range.
  const marked = await page.evaluate(() =>
    [...(CSS.highlights.get('search-match') ?? [])].map((range) => {
      const live = document.createRange()
      live.setStart(range.startContainer, range.startOffset)
      live.setEnd(range.endContainer, range.endOffset)
      return live.toString()
    }),
  )
  expect(marked).toContain('شنقريحة')
})

test.describe('on a phone', () => {
  // A small phone's screen: the seed article then reaches beyond two screens, below the matches
  // highlighted at once (with the compact masthead its last match is 1.9 screens of 844 px down).
  test.use({ viewport: { width: 390, height: 640 } })

  test('matches are highlighted near the screen first, the rest as they are scrolled to', async ({ page, request }) => {
    const id = await articleIdByTitle(request, IRAQ.title)
    await page.goto(`/articles/${id}?q=${encodeURIComponent('العراق')}`)
    await expect.poll(() => highlightCount(page)).toBeGreaterThan(0)
    // Where each highlighted match starts, in screens from the top of the page.
    const screensDown = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('search-match') ?? [])].map((range) => {
          const block = range.startContainer.parentElement?.closest('p, h1')
          return ((block?.getBoundingClientRect().top ?? 0) + window.scrollY) / window.innerHeight
        }),
      )
    const before = await screensDown()
    expect(Math.max(...before)).toBeLessThan(2)
    const lastParagraph = page.locator('.article__body p').last()
    await lastParagraph.scrollIntoViewIfNeeded()
    await expect.poll(async () => Math.max(...(await screensDown()))).toBeGreaterThanOrEqual(2)
    expect((await screensDown()).length).toBeGreaterThan(before.length)
  })
})

test('keyword links on an article open their search', async ({ page }) => {
  await page.goto('/search?q=السوداني')
  await results(page).getByRole('link', { name: IRAQ.title }).click()
  await page.getByRole('link', { name: IRAQ.keywords[1] }).click()
  await expect(field(page)).toHaveValue(IRAQ.keywords[1])
  await expect(results(page).getByRole('link', { name: IRAQ.title })).toBeVisible()
})

test('queries are answered by a search worker that fetches only the index shards they need', async ({ page }) => {
  const shardRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/data/search/terms/')) shardRequests.push(request.url())
  })
  await page.goto('/search')
  const manifest = (await (await page.request.get('/data/search/manifest.json')).json()) as { shards: unknown[] }
  await field(page).pressSequentially('شنقريحة')
  await expect(results(page).getByRole('link', { name: ALGERIA.title })).toBeVisible()
  expect(page.workers().some((worker) => worker.url().includes('searchWorker'))).toBe(true)
  expect(shardRequests.length).toBeGreaterThan(0)
  expect(new Set(shardRequests).size).toBeLessThan(manifest.shards.length)
})

test('a keystroke keeps the results it replaces until its answer is in, marked busy while that answer is slow', async ({
  page,
}) => {
  await page.goto('/search')
  await field(page).pressSequentially('التحالف')
  await expect(results(page).getByRole('link', { name: IRAQ.title })).toBeVisible()
  await expect(results(page)).toHaveAttribute('aria-busy', 'false')
  // The next query needs index data not loaded yet: hold it back.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/data/search/**', async (route) => {
    await held
    await route.continue()
  })
  await field(page).fill('شنقريحة')
  await expect(results(page)).toHaveAttribute('aria-busy', 'true')
  await expect(results(page).getByRole('link', { name: IRAQ.title })).toBeVisible()
  await expect(field(page)).toHaveValue('شنقريحة')
  release()
  await expect(results(page).getByRole('link', { name: ALGERIA.title })).toBeVisible()
  await expect(results(page)).toHaveAttribute('aria-busy', 'false')
  await expect(results(page).getByRole('link', { name: IRAQ.title })).toHaveCount(0)
})

test('each query’s painted results are marked for the benchmarks, with the keystroke-to-paint time', async ({
  page,
}) => {
  await page.goto('/search')
  await field(page).pressSequentially('AFRICOM')
  await expect(results(page).getByRole('link', { name: ALGERIA.title })).toBeVisible()
  const painted = () =>
    page.evaluate(() => ({
      marks: performance
        .getEntriesByName('search:results-painted')
        .map((m) => (m as PerformanceMark).detail as { query: string }),
      keystrokes: performance.getEntriesByName('search:keystroke').length,
      first: performance.getEntriesByName('search:first-results').length,
    }))
  await expect.poll(async () => (await painted()).marks.map((d) => d.query)).toContain('AFRICOM')
  const { keystrokes, first } = await painted()
  expect(keystrokes).toBeGreaterThan(0)
  expect(first).toBe(1)
})

test('/ focuses the search field, but not while typing in a field; the masthead form opens the search', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await page.keyboard.press('/')
  const masthead = page.getByRole('banner').getByRole('searchbox', { name: 'ابحث في المقالات' })
  await expect(masthead).toBeFocused()
  await page.keyboard.type('أفريكوم/')
  await expect(masthead).toHaveValue('أفريكوم/')
  await masthead.fill('أفريكوم')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  await expect(results(page).getByRole('link', { name: ALGERIA.title })).toBeVisible()
  await page.locator('main').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('/')
  await expect(field(page)).toBeFocused()
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of ['ar', 'en'] as const) {
    for (const [name, query] of [
      ['with results', 'الأميركية'],
      ['with no results', 'زلزال'],
    ] as const) {
      test(`/search ${name} has no axe violations (${language}, ${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme })
        await page.addInitScript((lang) => localStorage.setItem('sahifa.language', lang), language)
        await page.goto(`/search?${new URLSearchParams({ q: query })}`)
        await expect(page.getByRole('status')).toBeVisible()
        await expect(page.locator('.loading')).toHaveCount(0)
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([])
      })
    }
  }
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' })

  // At scale the service worker caches search data as it is used (not the whole index up front):
  // a search made once online answers again offline, worker, shards and summaries included.
  test('a search made once answers again with the network off', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        )
      }
    })
    const search = `/search?${new URLSearchParams({ q: 'AFRICOM' })}`
    await page.goto(search)
    await expect(results(page).getByRole('link', { name: ALGERIA.title })).toBeVisible()
    await context.setOffline(true)
    await page.goto(search)
    await expect(results(page).getByRole('link', { name: ALGERIA.title })).toBeVisible()
  })
})
