import { test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'

test('an article saved on its page is listed on /saved, from the device, and can be removed', async ({
  page,
  request,
}) => {
  await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
  const save = page.getByRole('button', { name: 'حفظ المقال' })
  await save.click()
  await expect(page.getByRole('button', { name: 'محفوظ' })).toHaveAttribute('aria-pressed', 'true')

  // The saved list needs no data file: with the data folder out of reach it still opens (a request
  // would fail the test with a console error).
  const dataRequests: string[] = []
  await page.route('**/data/**', (route) => {
    dataRequests.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  await page.getByRole('banner').getByRole('link', { name: 'المحفوظة' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'المقالات المحفوظة' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('مقال واحد محفوظ')
  const list = page.getByRole('list', { name: 'المقالات المحفوظة' })
  await expect(list.getByRole('link', { name: IRAQ.title })).toBeVisible()
  await expect(list.getByText(IRAQ.outlet)).toBeVisible()
  expect(dataRequests).toEqual([])
  await page.unroute('**/data/**')

  await page.reload()
  await expect(list.getByRole('link', { name: IRAQ.title })).toBeVisible()
  await list.getByRole('button', { name: /^إزالة من المحفوظة/ }).click()
  await expect(page.getByRole('status')).toHaveText('لا مقالات محفوظة')
  await expect(page.getByText('لم تحفظ أي مقال بعد')).toBeVisible()
})

test('an article saved from its feed card, unopened, is on /saved; the card and the article page agree', async ({
  page,
}) => {
  await page.goto('/')
  // The shown list's card (selections one press away are drawn hidden beside it).
  const card = page.locator('.article-card:visible').filter({ hasText: ALGERIA.title })
  const save = card.getByRole('button', { name: `احفظ «${ALGERIA.title}»` })
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')
  // Not opened: saving from a card does not mark it read.
  await expect(card.getByText('مقروء')).toHaveCount(0)
  await page.reload()
  await expect(save).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('banner').getByRole('link', { name: 'المحفوظة' }).click()
  const list = page.getByRole('list', { name: 'المقالات المحفوظة' })
  await expect(list.getByRole('link', { name: ALGERIA.title })).toBeVisible()
  await list.getByRole('link', { name: ALGERIA.title }).click()
  await expect(page.getByRole('button', { name: 'محفوظ' })).toHaveAttribute('aria-pressed', 'true')
  // Unsaved on the article page, the card says so too.
  await page.getByRole('button', { name: 'محفوظ' }).click()
  await page.goto('/')
  await expect(save).toHaveAttribute('aria-pressed', 'false')
})

test('an article opened can be marked unread again from its reading options', async ({ page }) => {
  await page.goto('/')
  const card = page.locator('.article-card:visible').filter({ hasText: IRAQ.title })
  await card.getByRole('link', { name: IRAQ.title }).click()
  await page.getByRole('button', { name: 'خيارات القراءة' }).click()
  const keepUnread = page.getByRole('button', { name: 'وضع علامة «غير مقروء»' })
  await expect(keepUnread).toHaveAttribute('aria-pressed', 'false')
  await keepUnread.click()
  await expect(keepUnread).toHaveAttribute('aria-pressed', 'true')
  await page.goBack()
  await expect(card.getByRole('heading', { name: IRAQ.title })).toBeVisible()
  await expect(card.getByText('مقروء')).toHaveCount(0)
})

test('a card says "read" once its article was opened, and remembers it', async ({ page }) => {
  await page.goto('/')
  const iraqCard = page.getByRole('listitem').filter({ hasText: IRAQ.title })
  const algeriaCard = page.getByRole('listitem').filter({ hasText: ALGERIA.title })
  await expect(iraqCard.getByText('مقروء')).toHaveCount(0)
  await page.getByRole('link', { name: IRAQ.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
  await page.goBack()
  await expect(iraqCard.getByText('مقروء')).toBeVisible()
  await expect(algeriaCard.getByText('مقروء')).toHaveCount(0)
  await page.reload()
  await expect(iraqCard.getByText('مقروء')).toBeVisible()
})

test('corrupt saved and read lists are treated as empty', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('sahifa.savedArticles', '{"broken')
    localStorage.setItem('sahifa.readArticles', '[1, {"x": 2}]')
  })
  await page.goto('/saved')
  await expect(page.getByRole('status')).toHaveText('لا مقالات محفوظة')
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await expect(page.getByText('مقروء')).toHaveCount(0)
})

test('a full device storage is reported when saving, and nothing else breaks', async ({ page, request }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
  await page.getByRole('button', { name: 'حفظ المقال' }).click()
  await expect(page.getByRole('alert')).toContainText('تعذّر الحفظ على هذا الجهاز')
  // The article stays saved for this visit, and the app keeps working.
  await expect(page.getByRole('button', { name: 'محفوظ' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('banner').getByRole('link', { name: 'المحفوظة' }).click()
  await expect(
    page.getByRole('list', { name: 'المقالات المحفوظة' }).getByRole('link', { name: IRAQ.title }),
  ).toBeVisible()
  await page.getByRole('banner').getByRole('link', { name: 'الإعدادات' }).click()
  await page.getByRole('radio', { name: 'داكن' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('alert')).toContainText('تعذّر الحفظ على هذا الجهاز')
})
