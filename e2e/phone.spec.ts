import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/** Nothing may be wider than the phone: no sideways scrolling, no clipped lines. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

/** The top of an element, from the top of the page (the page is at its top when measured). */
async function topOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox()
  if (box === null) throw new Error(`${selector} is not on screen`)
  return box.y
}

/** Every control the reader can reach on the first screen, outside the text: at least 44px each way. */
async function expectTouchTargets(page: Page, selector: string) {
  const small = await page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .map((element) => ({
        name: element.textContent?.trim() || element.getAttribute('aria-label') || element.className,
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  )
  expect(small).toEqual([])
}

const MASTHEAD_CONTROLS = '.app-header a, .app-header button, .app-header input'

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  for (const language of ['ar', 'en'] as const) {
    test.describe(`first screen at ${viewport.width}×${viewport.height}, ${language} UI`, () => {
      test.use({ viewport })
      test.beforeEach(async ({ page }) => {
        await page.addInitScript((chosen) => localStorage.setItem('sahifa.language', chosen), language)
      })

      test('an article: one-row masthead, title, one line of metadata, tools, then the text in the top 55%', async ({
        page,
        request,
      }) => {
        await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
        await page.locator('html[data-webfonts], html[data-webfonts-ready]').waitFor({ state: 'attached' })
        await page.evaluate(() => document.fonts.ready)
        const masthead = await page.getByRole('banner').boundingBox()
        expect(masthead?.height).toBeLessThanOrEqual(56)
        // The screen this is about: a title of two lines.
        const titleLines = await page
          .getByRole('heading', { level: 1 })
          .evaluate((heading) =>
            Math.round(heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight)),
          )
        expect(titleLines).toBe(2)
        // Metadata: one flowing line, which the seed's six values (author and dateline too) wrap to two on a phone.
        const byline = await page
          .locator('.byline')
          .evaluate((list) => list.getBoundingClientRect().height / parseFloat(getComputedStyle(list).lineHeight))
        expect(Math.round(byline)).toBeLessThanOrEqual(2)
        expect(await topOf(page, '.article__body p')).toBeLessThanOrEqual(viewport.height * 0.55)
        // Nothing said about reading aloud until the reader asks.
        await expect(page.locator('.article__tools .tool-status:not(:empty)')).toHaveCount(0)
        await expectNoHorizontalOverflow(page)
        await expectTouchTargets(page, `${MASTHEAD_CONTROLS}, .reading-bar button`)
      })

      test('the feed: its first headline in the top 35%', async ({ page }) => {
        await page.goto('/')
        await page.locator('html[data-webfonts], html[data-webfonts-ready]').waitFor({ state: 'attached' })
        await page.evaluate(() => document.fonts.ready)
        await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
        expect(await topOf(page, '.article-card__title')).toBeLessThanOrEqual(viewport.height * 0.35)
        await expectNoHorizontalOverflow(page)
        await expectTouchTargets(page, `${MASTHEAD_CONTROLS}, .topic-filter button, .card-save`)
      })
    })
  }
}

/** Sums the page's layout shifts (CLS as Lighthouse counts a load) until the app is ready and the fonts are on. */
async function layoutShiftOfLoad(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!entry.hadRecentInput) shifts.push(entry.value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(url)
  await page.locator('html[data-webfonts], html[data-webfonts-ready]').waitFor({ state: 'attached' })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(500)
  return page.evaluate(() =>
    (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
  )
}

test.describe("the prerendered first screen is the app's (no shift when it hydrates)", () => {
  test.use({ viewport: { width: 360, height: 640 } })

  test('an article', async ({ page, request }) => {
    expect(
      await layoutShiftOfLoad(page, `/articles/${await articleIdByTitle(request, IRAQ.title)}`),
    ).toBeLessThanOrEqual(0.01)
  })

  test('the feed, with a saved and a read article on the device', async ({ page, request }) => {
    const iraqId = await articleIdByTitle(request, IRAQ.title)
    await page.addInitScript((id) => {
      localStorage.setItem('sahifa.readArticles', JSON.stringify([id]))
      localStorage.setItem(
        'sahifa.savedArticles',
        JSON.stringify([
          { id, title: 'عنوان محفوظ', publishedAt: null, outlet: null, excerpt: '', topics: [], readingMinutes: 1 },
        ]),
      )
    }, iraqId)
    expect(await layoutShiftOfLoad(page, '/')).toBeLessThanOrEqual(0.01)
    await expect(
      page.locator('.article-card:visible').filter({ hasText: IRAQ.title }).locator('.card-save'),
    ).toHaveAttribute('aria-pressed', 'true')
  })
})

test('the masthead menu: a disclosure with saved, settings, language and sections; Escape closes it and focus returns', async ({
  page,
}) => {
  await page.goto('/')
  const menu = page.getByRole('banner').getByRole('button', { name: 'القائمة' })
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  // Closed, its links are out of sight and out of reach.
  await expect(page.getByRole('banner').getByRole('link', { name: 'الإعدادات' })).toBeHidden()
  await menu.tap()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`)
  await expect(panel.getByRole('link', { name: 'المحفوظة' })).toBeVisible()
  await expect(panel.getByRole('group', { name: 'لغة الواجهة' })).toBeVisible()
  await expect(panel.getByRole('navigation', { name: 'الأقسام' }).getByRole('link')).toHaveText([
    'الرئيسية',
    IRAQ.topicLabel,
    ALGERIA.topicLabel,
  ])
  await expectTouchTargets(page, '.app-header__menu a, .app-header__menu button')
  await panel.getByRole('link', { name: 'الإعدادات' }).focus()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(menu).toBeFocused()
  await expect(panel).toBeHidden()

  // A section followed from the menu closes it; so does a tap outside it.
  await menu.tap()
  await panel.getByRole('link', { name: IRAQ.topicLabel }).tap()
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.topicLabel })).toBeVisible()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await menu.tap()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await page.touchscreen.tap(195, 800)
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
})

test('the main flow on a phone: feed → filter → article → read also → back', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await expectNoHorizontalOverflow(page)

  await page.getByRole('button', { name: new RegExp(`^${IRAQ.topicLabel}`) }).tap()
  await expect(page).toHaveURL(/topic=iraq-us/)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([IRAQ.title])

  await page.getByRole('link', { name: IRAQ.title }).tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)
  await expectNoHorizontalOverflow(page)
  // Touch targets are at least 44px tall.
  const readAlso = page.getByRole('region', { name: 'اقرأ أيضاً' }).getByRole('link', { name: ALGERIA.title })
  const box = await readAlso.boundingBox()
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)

  await readAlso.tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ALGERIA.title)
  await expectNoHorizontalOverflow(page)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)
})
