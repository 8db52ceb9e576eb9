import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { SCHEMA_VERSION } from '@/core/schema.ts'

/**
 * Latin names, dates and URLs inside Arabic paragraphs must display in the right order. The
 * article is a fixture of our own sentences, served in place of a data file.
 */
const FIXTURE_ID = 'bidi-fixture'
const MIDDLE = 'أعلنت قيادة AFRICOM في بيان يوم 2024-09-24 أن الاجتماع المقبل سيعقد في الجزائر.'
const LEADING = 'AFRICOM هي القيادة الأمريكية لأفريقيا، وتنشر بياناتها على https://example.org/africom/2024 كل أسبوع.'

const article = {
  schemaVersion: SCHEMA_VERSION,
  id: FIXTURE_ID,
  title: 'AFRICOM تعلن موعد الاجتماع المقبل',
  publishedAt: '2024-09-24',
  dateline: null,
  outlet: null,
  author: null,
  body: [MIDDLE, LEADING],
  keywords: [],
  topics: [],
  related: [],
  source: { file: 'bidi-fixture.txt', index: 0 },
  excerpt: MIDDLE,
  readingMinutes: 1,
  wordCount: 30,
  credit: null,
  disclaimer: null,
  topicMatches: {},
  story: null,
  copies: [],
}

type Box = { left: number; right: number }

/** The on-screen box of `text` inside paragraph `index`, from a DOM Range over the text node holding it. */
async function boxOf(page: Page, index: number, text: string): Promise<Box> {
  return page
    .locator('.article__body p')
    .nth(index)
    .evaluate((p, needle) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      let node = walker.nextNode() as Text | null
      while (node !== null && !node.data.includes(needle)) node = walker.nextNode() as Text | null
      if (node === null) throw new Error(`no ${needle}`)
      const start = node.data.indexOf(needle)
      const range = document.createRange()
      range.setStart(node, start)
      range.setEnd(node, start + needle.length)
      const rect = range.getBoundingClientRect()
      return { left: rect.left, right: rect.right }
    }, text)
}

test.beforeEach(async ({ page }) => {
  await page.route(`**/data/articles/${FIXTURE_ID}.json`, (route) => route.fulfill({ json: article }))
  await page.goto(`/articles/${FIXTURE_ID}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
})

test('a Latin name and a date inside an Arabic sentence keep their own order', async ({ page }) => {
  const [a, m] = [await boxOf(page, 0, 'A'), await boxOf(page, 0, 'M')]
  expect(a.left).toBeLessThan(m.left) // AFRICOM reads left to right…
  const africom = await boxOf(page, 0, 'AFRICOM')
  expect((await boxOf(page, 0, 'قيادة')).left).toBeGreaterThan(africom.right) // …after "قيادة" on its right
  expect((await boxOf(page, 0, 'في بيان')).right).toBeLessThan(africom.left) // …and before the words on its left
  const year = await boxOf(page, 0, '2024')
  const day = await boxOf(page, 0, '-24')
  expect(year.right).toBeLessThanOrEqual(day.left + 1) // 2024-09-24, year first from the left
  expect((await boxOf(page, 0, 'أن الاجتماع')).right).toBeLessThan(year.left)
})

test('a paragraph that opens with a Latin name still runs right to left, its URL in order', async ({ page }) => {
  const paragraph = page.locator('.article__body p').nth(1)
  await expect(paragraph).toHaveCSS('direction', 'rtl')
  const africom = await boxOf(page, 1, 'AFRICOM')
  const box = await paragraph.evaluate((p) => p.getBoundingClientRect().right)
  expect(Math.abs(africom.right - box)).toBeLessThan(2) // first word at the right edge
  expect((await boxOf(page, 1, 'هي القيادة')).right).toBeLessThan(africom.left)
  const scheme = await boxOf(page, 1, 'https')
  const path = await boxOf(page, 1, 'africom/2024')
  expect(scheme.right).toBeLessThan(path.left) // the URL reads left to right
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('direction', 'rtl')
})
