import { test, expect } from './support/fixtures.ts'
import { IRAQ, articleIdByTitle } from './support/seed.ts'

test('English UI flips the interface to LTR while article text stays Arabic RTL, and is remembered', async ({
  page,
  request,
}) => {
  const id = await articleIdByTitle(request, IRAQ.title)
  await page.goto(`/articles/${id}`)
  await page.getByRole('group', { name: 'لغة الواجهة' }).getByRole('button', { name: 'English' }).click()

  const html = page.locator('html')
  await expect(html).toHaveAttribute('dir', 'ltr')
  await expect(html).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached()
  const article = page.getByRole('article')
  await expect(article).toHaveAttribute('dir', 'rtl')
  await expect(article).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)

  // The header reads left to right: the app name sits at the left edge.
  const name = await page.getByRole('banner').getByRole('link').first().boundingBox()
  expect(name?.x ?? Infinity).toBeLessThan(200)

  await page.reload()
  await expect(html).toHaveAttribute('dir', 'ltr')
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'العربية' }).click()
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(html).toHaveAttribute('lang', 'ar')
})

test('English feed counts and labels come from the English locale', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sahifa.language', 'en'))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('2 articles shown')
  await expect(
    page.getByRole('group', { name: 'Filter by topic' }).getByRole('button', { name: /^Iraq–US relations/ }),
  ).toBeVisible()
})

test('a corrupt saved language falls back to Arabic', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sahifa.language', '{"broken'))
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()
})
