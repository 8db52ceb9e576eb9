import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { IRAQ, articleIdByTitle } from './support/seed.ts'

const SETTINGS_KEY = 'sahifa.readingSettings'

async function storeSettings(page: Page, value: string) {
  await page.addInitScript(([key, stored]) => localStorage.setItem(key, stored), [SETTINGS_KEY, value] as const)
}

const preview = (page: Page) => page.locator('.settings__preview')
const css = (page: Page, property: string) =>
  preview(page).evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property)

test('settings apply at once without a reload, are kept on the device, and reach dates and counts', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: 'الإعدادات' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible()
  await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true))

  const sizeBefore = parseFloat(await css(page, 'font-size'))
  await page.getByRole('group', { name: 'حجم الخط' }).getByRole('radio', { name: 'الأكبر' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'xx-large')
  expect(parseFloat(await css(page, 'font-size'))).toBeCloseTo(sizeBefore * 1.5, 0)

  await page.getByRole('group', { name: 'تباعد الأسطر' }).getByRole('radio', { name: 'واسع' }).check()
  expect(parseFloat(await css(page, 'line-height')) / parseFloat(await css(page, 'font-size'))).toBeCloseTo(2.2, 1)

  expect(await css(page, 'font-family')).toContain('Noto Naskh Arabic')
  await page.getByRole('group', { name: 'خط القراءة' }).getByRole('radio', { name: /حديث/ }).check()
  expect(await css(page, 'font-family')).toMatch(/^"?IBM Plex Sans Arabic/)

  await page.getByRole('group', { name: 'المظهر' }).getByRole('radio', { name: /سيبيا/ }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 236, 216)')

  await page.getByRole('group', { name: 'الأرقام' }).getByRole('radio', { name: /١٢٣/ }).check()

  // Counts and dates elsewhere follow the digits, still without a reload.
  await page.getByRole('banner').getByRole('link', { name: 'الرئيسية' }).click()
  await expect(page.getByRole('status')).toHaveText('مقالان معروضان')
  await expect(page.getByRole('button', { name: /^الكل/ }).locator('.chip__count')).toHaveText('٢')
  await page.getByRole('link', { name: IRAQ.title }).click()
  const byline = page.locator('dl.byline')
  await expect(byline.locator('time')).toHaveText('٢٤ سبتمبر ٢٠٢٤')
  await expect(byline.locator('.hijri-date')).toHaveText('٢١ ربيع الأول ١٤٤٦ هـ')
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true)

  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SETTINGS_KEY)
  expect(stored).toEqual({ fontSize: 'xx-large', lineHeight: 'relaxed', font: 'sans', theme: 'sepia', digits: 'arab' })

  await page.goto('/settings')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.getByRole('radio', { name: 'الأكبر' })).toBeChecked()
  await expect(page.getByRole('radio', { name: /١٢٣/ })).toBeChecked()
})

test('a corrupt saved setting falls back to the defaults', async ({ page }) => {
  await storeSettings(page, '{"broken')
  await page.goto('/settings')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  for (const name of ['متوسط', 'عادي', 'نسخ', 'حسب الجهاز', /123/])
    await expect(page.getByRole('radio', { name })).toBeChecked()
})

test('one bad saved field resets only itself', async ({ page }) => {
  await storeSettings(page, JSON.stringify({ theme: 'sepia', fontSize: 'enormous' }))
  await page.goto('/settings')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.getByRole('radio', { name: 'متوسط' })).toBeChecked()
})

test('saved settings are on <html> before the page content is parsed, prerendered or not', async ({ page }) => {
  await storeSettings(page, JSON.stringify({ theme: 'dark', fontSize: 'large' }))
  await page.addInitScript(() => {
    // The moment the parser inserts #root (with the prerendered page inside), before it can paint.
    const observer = new MutationObserver(() => {
      const root = document.getElementById('root')
      if (root === null) return
      observer.disconnect()
      ;(window as unknown as { atRoot: unknown }).atRoot = {
        theme: document.documentElement.dataset['theme'],
        fontSize: document.documentElement.dataset['fontSize'],
      }
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { atRoot: unknown }).atRoot)).toEqual({
    theme: 'dark',
    fontSize: 'large',
  })
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(28, 23, 20)')
})

test('quick controls on the article page change the text size and theme at once', async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
  const body = page.locator('.article__body p').first()
  const size = async () => parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize))
  const initial = await size()
  const tools = page.getByRole('group', { name: 'إعدادات القراءة السريعة' })
  // In the reading options, which take no room until asked for.
  await expect(tools).toBeHidden()
  const options = page.getByRole('button', { name: 'خيارات القراءة' })
  await options.click()
  await expect(options).toHaveAttribute('aria-expanded', 'true')
  await tools.getByRole('button', { name: 'تكبير الخط' }).click()
  expect(await size()).toBeGreaterThan(initial)
  await tools.getByRole('button', { name: 'تصغير الخط' }).click()
  await tools.getByRole('button', { name: 'تصغير الخط' }).click()
  expect(await size()).toBeLessThan(initial)
  await expect(tools.getByRole('button', { name: 'تصغير الخط' })).toBeDisabled()

  await tools.getByRole('combobox', { name: 'المظهر' }).selectOption({ label: 'داكن' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(28, 23, 20)')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'small')
})

test('the browser bar (theme-color) follows the chosen reading theme, from the first paint', async ({ page }) => {
  const barColours = () =>
    page
      .locator('meta[name="theme-color"]')
      .evaluateAll((metas) => metas.map((meta) => (meta as HTMLMetaElement).content))
  await page.goto('/settings')
  // "As the device": one colour for a light device, one for a dark one.
  expect(await barColours()).toEqual(['#7a1f1f', '#1c1714'])
  const themes = page.getByRole('group', { name: 'المظهر' })
  await themes.getByRole('radio', { name: 'داكن' }).check()
  expect(await barColours()).toEqual(['#1c1714', '#1c1714'])
  await themes.getByRole('radio', { name: /سيبيا/ }).check()
  expect(await barColours()).toEqual(['#7a2c14', '#7a2c14'])
  // The boot script sets it before the page paints, before the app has started.
  await page.goto('/', { waitUntil: 'commit' })
  await page.locator('#root .app-header').waitFor({ state: 'attached' })
  expect(await barColours()).toEqual(['#7a2c14', '#7a2c14'])
  await page.goto('/settings')
  await themes.getByRole('radio', { name: 'فاتح' }).check()
  expect(await barColours()).toEqual(['#7a1f1f', '#7a1f1f'])
  await themes.getByRole('radio', { name: 'حسب الجهاز' }).check()
  expect(await barColours()).toEqual(['#7a1f1f', '#1c1714'])
})

test('the interface language can be chosen in the settings', async ({ page }) => {
  await page.goto('/settings')
  await page
    .getByRole('main')
    .getByRole('group', { name: 'لغة الواجهة' })
    .getByRole('radio', { name: 'English' })
    .check()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
})

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme === 'dark' ? 'dark' : 'light' })

    for (const [name, url, heading] of [
      ['settings page', '/settings', 'الإعدادات'],
      ['saved page', '/saved', 'المقالات المحفوظة'],
      ['article page', IRAQ.title, IRAQ.title],
    ] as const) {
      test(`the ${name} has no axe violations`, async ({ page, request }) => {
        await storeSettings(page, JSON.stringify({ theme }))
        const target = url.startsWith('/') ? url : `/articles/${await articleIdByTitle(request, url)}`
        if (name === 'saved page') {
          // With an article in the list, so the cards are checked too.
          await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
          await page.getByRole('button', { name: 'حفظ المقال' }).click()
        }
        await page.goto(target)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        const results = await new AxeBuilder({ page }).analyze()
        expect(results.violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.length})`)).toEqual([])
      })
    }
  })
}
