import { test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ } from './support/seed.ts'

test('on the feed, j and k move between the cards', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: IRAQ.title })).toBeFocused()
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: ALGERIA.title })).toBeFocused()
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: ALGERIA.title })).toBeFocused()
  await page.keyboard.press('k')
  await expect(page.getByRole('link', { name: IRAQ.title })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
})

test('on an article, j and k go to the next and previous article of the list the reader came from', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: IRAQ.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
  await expect(page.getByRole('link', { name: /^التالي/ })).toBeVisible()
  await page.keyboard.press('k') // nothing before the first article
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
  await page.keyboard.press('j')
  await expect(page.getByRole('heading', { level: 1, name: ALGERIA.title })).toBeVisible()
  await expect(page).toHaveURL(/from=all/)
  await expect(page.getByRole('link', { name: /^السابق/ })).toBeVisible()
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
})

test('a shortcut key typed into a form control stays in the control', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: IRAQ.title }).click()
  await page.getByRole('button', { name: 'خيارات القراءة' }).click()
  await page.getByRole('combobox', { name: 'المظهر' }).focus()
  await page.keyboard.press('j')
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
})

test('? opens the list of shortcuts as a dialog; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await page.keyboard.press('j')
  const card = page.getByRole('link', { name: IRAQ.title })
  await expect(card).toBeFocused()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })
  await expect(dialog).toBeVisible()
  for (const text of ['المقال التالي', 'المقال السابق', 'الانتقال إلى حقل البحث', 'عرض اختصارات لوحة المفاتيح'])
    await expect(dialog).toContainText(text)
  await expect(dialog.locator('kbd')).toHaveText(['j', 'k', '/', '?'])
  await expect(dialog.getByRole('button', { name: 'إغلاق' })).toBeFocused()
  await page.keyboard.press('j') // inside the dialog the feed does not move
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(card).toBeFocused()

  await page.keyboard.press('?')
  await dialog.getByRole('button', { name: 'إغلاق' }).click()
  await expect(dialog).toBeHidden()
  await expect(card).toBeFocused()
})
