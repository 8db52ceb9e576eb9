import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { IRAQ, ALGERIA, articleIdByTitle } from './support/seed.ts'

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((violation) => `${violation.impact}: ${violation.id} (${violation.nodes.length})`)
}

/** Each route with its main heading in the Arabic and the English UI. */
const ROUTES: ReadonlyArray<{ name: string; target: string; heading: { ar: string; en: string } }> = [
  { name: 'feed', target: '/', heading: { ar: 'آخر الأخبار', en: 'Latest news' } },
  { name: 'filtered feed', target: '/?topic=iraq-us', heading: { ar: 'آخر الأخبار', en: 'Latest news' } },
  { name: 'topic page', target: '/topics/algeria-africom', heading: { ar: ALGERIA.topicLabel, en: 'Algeria–AFRICOM' } },
  { name: 'Iraq article', target: IRAQ.title, heading: { ar: IRAQ.title, en: IRAQ.title } },
  { name: 'Algeria article', target: ALGERIA.title, heading: { ar: ALGERIA.title, en: ALGERIA.title } },
  { name: 'settings page', target: '/settings', heading: { ar: 'الإعدادات', en: 'Settings' } },
  { name: 'saved page', target: '/saved', heading: { ar: 'المقالات المحفوظة', en: 'Saved articles' } },
  { name: 'not-found page', target: '/missing-page', heading: { ar: 'الصفحة غير موجودة', en: 'Page not found' } },
]

for (const language of ['ar', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${language} UI, ${colorScheme} theme`, () => {
      test.use({ colorScheme })
      // axe walks the whole DOM; on a busy 2-core machine one page can take many seconds.
      test.setTimeout(60_000)

      for (const { name, target, heading } of ROUTES) {
        test(`the ${name} has no axe violations`, async ({ page, request }) => {
          const url = target.startsWith('/') ? target : `/articles/${await articleIdByTitle(request, target)}`
          await page.addInitScript((chosen) => localStorage.setItem('sahifa.language', chosen), language)
          await page.goto(url)
          await expect(page.getByRole('heading', { level: 1, name: heading[language] })).toBeVisible()
          expect(await violations(page)).toEqual([])
        })
      }
    })
  }
}

test('keyboard only: skip link, filter chip, then an article, with visible focus', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  const iraqChip = page.getByRole('button', { name: new RegExp(`^${IRAQ.topicLabel}`) })
  for (let i = 0; i < 10 && !(await iraqChip.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(iraqChip).toBeFocused()
  const outline = await iraqChip.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/topic=iraq-us/)

  const link = page.getByRole('link', { name: IRAQ.title })
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  // Focus moves to the new page's main heading.
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeFocused()
})

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
async function tabTo(
  page: Page,
  target: import('@playwright/test').Locator,
  limit = 40,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) break
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
  // Focus is visible wherever it lands.
  expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
}

test('keyboard only, the whole walk: feed → filter → article → related → search → saved', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: new RegExp(`^${ALGERIA.topicLabel}`) }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/topic=algeria-africom/)
  await expect(page.getByRole('status').first()).toHaveText('مقال واحد معروض')

  await tabTo(page, page.getByRole('link', { name: ALGERIA.title }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: ALGERIA.title })).toBeFocused()

  // Related: the similar article, reached by keyboard.
  await tabTo(page, page.getByRole('region', { name: 'مقالات مشابهة' }).getByRole('link', { name: IRAQ.title }), 80)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeFocused()

  // Search: "/" jumps to the field, Enter searches, results are announced.
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'ابحث في المقالات' })).toBeFocused()
  await page.keyboard.type('شنقريحة')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  await expect(page.getByRole('status').filter({ hasText: 'نتيجة واحدة' })).toBeVisible()
  await tabTo(page, page.getByRole('link', { name: ALGERIA.title }))

  // Saved: back up to the masthead.
  await tabTo(page, page.getByRole('link', { name: 'المحفوظة' }), 40, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات المحفوظة' })).toBeFocused()
})
