import { test, expect } from './support/fixtures.ts'

/** Saved articles live on the device, so any count of them can be set up for the plural forms. */
function summaries(minutes: readonly number[]) {
  return minutes.map((readingMinutes, index) => ({
    id: `saved-${index}`,
    title: `مقال محفوظ رقم ${index + 1}`,
    publishedAt: '2024-09-24',
    outlet: 'المسلة',
    excerpt: 'نص قصير للتجربة.',
    topics: [],
    readingMinutes,
  }))
}

const ARTICLE_COUNTS = [
  [0, 'لا مقالات محفوظة'],
  [1, 'مقال واحد محفوظ'],
  [2, 'مقالان محفوظان'],
  [3, '3 مقالات محفوظة'],
  [11, '11 مقالاً محفوظاً'],
  [100, '100 مقال محفوظ'],
] as const

for (const [count, text] of ARTICLE_COUNTS) {
  test(`the saved count for ${count} uses the Arabic plural form "${text}"`, async ({ page }) => {
    const stored = JSON.stringify(summaries(Array.from({ length: count }, () => 1)))
    await page.addInitScript((value) => localStorage.setItem('sahifa.savedArticles', value), stored)
    await page.goto('/saved')
    await expect(page.getByRole('status')).toHaveText(text)
  })
}

test('reading minutes on cards take the Arabic plural forms, in the chosen digits', async ({ page }) => {
  const stored = JSON.stringify(summaries([1, 2, 3, 11, 100]))
  await page.addInitScript((value) => localStorage.setItem('sahifa.savedArticles', value), stored)
  await page.goto('/saved')
  const times = page.locator('.reading-time')
  await expect(times).toHaveText([
    'دقيقة قراءة واحدة',
    'دقيقتا قراءة',
    '3 دقائق قراءة',
    '11 دقيقة قراءة',
    '100 دقيقة قراءة',
  ])

  await page.getByRole('banner').getByRole('link', { name: 'الإعدادات' }).click()
  await page.getByRole('radio', { name: /١٢٣/ }).check()
  await page.getByRole('banner').getByRole('link', { name: 'المحفوظة' }).click()
  await expect(page.getByRole('status')).toHaveText('٥ مقالات محفوظة')
  await expect(times).toHaveText([
    'دقيقة قراءة واحدة',
    'دقيقتا قراءة',
    '٣ دقائق قراءة',
    '١١ دقيقة قراءة',
    '١٠٠ دقيقة قراءة',
  ])
})
