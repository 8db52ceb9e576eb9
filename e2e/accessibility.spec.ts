import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { IRAQ, ALGERIA, articleIdByTitle } from './support/seed.ts'

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((violation) => `${violation.impact}: ${violation.id} (${violation.nodes.length})`)
}

const ROUTES = [
  ['feed', '/', 'آخر الأخبار'],
  ['filtered feed', '/?topic=iraq-us', 'آخر الأخبار'],
  ['topic page', '/topics/algeria-africom', ALGERIA.topicLabel],
  ['Iraq article', IRAQ.title, IRAQ.title],
  ['Algeria article', ALGERIA.title, ALGERIA.title],
  ['not-found page', '/missing-page', 'الصفحة غير موجودة'],
] as const

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    for (const [name, target, heading] of ROUTES) {
      test(`the ${name} has no axe violations`, async ({ page, request }) => {
        const url = target.startsWith('/') ? target : `/articles/${await articleIdByTitle(request, target)}`
        await page.goto(url)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
        expect(await violations(page)).toEqual([])
      })
    }
  })
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
  for (let i = 0; i < 10 && !(await iraqChip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(iraqChip).toBeFocused()
  const outline = await iraqChip.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/topic=iraq-us/)

  const link = page.getByRole('link', { name: IRAQ.title })
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  // Focus moves to the new page's main heading.
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeFocused()
})
