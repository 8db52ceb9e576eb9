import { test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ } from './support/seed.ts'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/** Nothing may be wider than the phone: no sideways scrolling, no clipped lines. */
async function expectNoHorizontalOverflow(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

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
