import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { IRAQ, articleIdByTitle } from './support/seed.ts'

/**
 * What the device keeps (localStorage: reading settings, UI language, saved articles, read marks,
 * reading positions) is never trusted: whatever is found there falls back to defaults, and a
 * device that refuses to keep a change says so without breaking anything. The app keeps nothing
 * in IndexedDB (the service worker's files are in Cache Storage, managed by Workbox), so there is
 * no IndexedDB value to corrupt.
 */
const KEYS = [
  'sahifa.readingSettings',
  'sahifa.language',
  'sahifa.savedArticles',
  'sahifa.readArticles',
  'sahifa.readingPositions',
]

const HOSTILE_VALUES: Record<string, string> = {
  'cut-off JSON': '{"theme":"dark","fontSi',
  'not JSON': '<script>alert(1)</script>',
  null: 'null',
  'a number': '42',
  'a string': '"dark"',
  'an empty object': '{}',
  'a prototype-polluting object': '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  'wrong types inside': '[{"id":"../../etc/passwd","title":42},[null],{"theme":7}]',
  'a megabyte of text': 'x'.repeat(1_000_000),
}

async function expectDefaults(page: Page, articleHref: string): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'medium')
  await expect(page.getByText('مقروء')).toHaveCount(0)
  await page.goto('/saved')
  await expect(page.getByRole('status')).toHaveText('لا مقالات محفوظة')
  await page.goto(articleHref)
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
  // Opened at the top: no resume from a corrupt position.
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  expect(await page.evaluate(() => ({}) as { polluted?: unknown }).then((o) => o.polluted)).toBeUndefined()
  expect(await page.evaluate(() => (Object.prototype as { polluted?: unknown }).polluted)).toBeUndefined()
}

for (const [name, value] of Object.entries(HOSTILE_VALUES)) {
  test(`${name} in every stored key falls back to the defaults`, async ({ page, request }) => {
    const articleHref = `/articles/${await articleIdByTitle(request, IRAQ.title)}`
    await page.addInitScript(
      ({ keys, stored }) => {
        for (const key of keys) localStorage.setItem(key, stored)
      },
      { keys: KEYS, stored: value },
    )
    await expectDefaults(page, articleHref)
  })
}

test('one bad setting falls back alone; the good ones are kept', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'sahifa.readingSettings',
      JSON.stringify({ theme: 'dark', fontSize: 'gigantic', digits: 'arab', font: null }),
    ),
  )
  await page.goto('/settings')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'medium')
  await expect(page.locator('html')).toHaveAttribute('data-digits', 'arab')
  await expect(page.locator('html')).toHaveAttribute('data-reading-font', 'naskh')
  await expect(page.getByRole('radio', { name: 'داكن' })).toBeChecked()
})

test('storage that cannot even be opened (blocked by the browser): the app runs on defaults', async ({
  page,
  request,
}) => {
  const articleHref = `/articles/${await articleIdByTitle(request, IRAQ.title)}`
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await expectDefaults(page, articleHref)
  // Changing a setting works for the visit, and the reader is told it will not be kept.
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'داكن' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('alert')).toContainText('تعذّر الحفظ على هذا الجهاز')
})

test('a full device: every kind of write is refused, each reported where the reader acted, nothing breaks', async ({
  page,
  request,
}) => {
  const articleHref = `/articles/${await articleIdByTitle(request, IRAQ.title)}`
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  // Opening an article writes a read mark and a reading position: refused quietly (nothing the reader asked for).
  await page.goto(articleHref)
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
  await page.mouse.wheel(0, 600)
  await expect(page.getByRole('alert')).toHaveCount(0)
  // Saving is something the reader asked for: refused, and said so.
  await page.getByRole('button', { name: 'حفظ المقال' }).click()
  await expect(page.getByRole('alert')).toContainText('تعذّر الحفظ على هذا الجهاز')
  // The language switch still switches for this visit.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('button', { name: 'العربية' }).click()
  // Settings: applied, and the refusal reported there too.
  await page.getByRole('banner').getByRole('link', { name: 'الإعدادات' }).click()
  await page.getByRole('radio', { name: 'ورقي (سيبيا)' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.getByRole('alert')).toContainText('تعذّر الحفظ على هذا الجهاز')
  // The feed and the card's "read" mark (kept in memory for the visit) still work.
  await page.getByRole('banner').getByRole('link', { name: 'الرئيسية' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: IRAQ.title }).getByText('مقروء')).toBeVisible()
})
