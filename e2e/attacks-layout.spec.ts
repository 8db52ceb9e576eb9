import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { openInApp } from './support/inApp.ts'
import {
  PAYLOADS,
  SEARCHABLE_WORD,
  articleId,
  hostileDataSet,
  openFeedInApp,
  serveDataSet,
} from './support/hostileData.ts'

/**
 * Hostile text must stay inside its own field on screen: a bidi override left open cannot
 * reorder the UI's own text next to it, and a 100,000-character word cannot push the page wider
 * than a phone (390 px). Same hostile data folder as attacks.spec.ts.
 */
const DATA_SET = hostileDataSet()

test.beforeEach(async ({ page }) => {
  await serveDataSet(page, DATA_SET)
})

/**
 * Whether `word`, in the first text node under `scope` holding it, is displayed left to right (its
 * first character left of its second), measured on screen with DOM Ranges.
 */
async function readsLeftToRight(scope: Locator, word: string): Promise<boolean> {
  return scope.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let node: Text | null
    while ((node = walker.nextNode() as Text | null) !== null && !node.data.includes(needle));
    if (node === null) throw new Error(`no text ${needle}`)
    const at = node.data.indexOf(needle)
    const box = (offset: number) => {
      const range = document.createRange()
      range.setStart(node, at + offset)
      range.setEnd(node, at + offset + 1)
      return range.getBoundingClientRect()
    }
    return box(0).left < box(1).left
  }, word)
}

function box(locator: Locator) {
  return locator.evaluate((element) => {
    const { left, right } = element.getBoundingClientRect()
    return { left, right }
  })
}

test.describe('an override left open (U+202E) cannot reorder the UI around it', () => {
  test('topic filter: the count beside a hostile label keeps its place and its digit order', async ({ page }) => {
    await openFeedInApp(page)
    const chip = page.locator('.topic-filter .chip--toggle').nth(1)
    await expect(chip).toContainText('مرحبا')
    expect(await readsLeftToRight(chip.locator('.chip__count'), '12')).toBe(true)
    const [label, count] = [await box(chip.locator('> :first-child')), await box(chip.locator('.chip__count'))]
    expect(count.right).toBeLessThanOrEqual(label.left + 1) // RTL: the label first, on the right
  })

  test('feed card: the date after a hostile outlet still reads in order, and stays after it', async ({ page }) => {
    await openFeedInApp(page)
    // The shown list's card (selections one press away are drawn hidden beside it).
    const card = page
      .locator('.article-card:visible')
      .filter({ has: page.locator(`a[href^="/articles/${articleId('right-to-left-override')}"]`) })
    const meta = card.locator('.article-card__meta')
    expect(await readsLeftToRight(meta.locator('.published-date'), '2024')).toBe(true)
    const [outlet, date] = [
      await box(meta.locator('.article-card__outlet')),
      await box(meta.locator('.published-date')),
    ]
    expect(date.right).toBeLessThanOrEqual(outlet.left + 1)
  })

  test('article: UI labels and the text after hostile fields keep their order', async ({ page }) => {
    await page.goto(`/articles/${articleId('right-to-left-override')}?from=iraq-us&from=algeria-africom`)
    const article = page.locator('article.article')
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible()
    // Byline: each label sits before (right of, or above) its hostile value, as for any other value.
    for (const item of await article.locator('.byline__item').all()) {
      const [label, value] = [await box(item.locator('dt')), await box(item.locator('dd'))]
      expect(value.right).toBeLessThanOrEqual(label.right + 1)
    }
    // The date in the byline, after the hostile outlet, author and dateline.
    expect(await readsLeftToRight(article.locator('.byline .published-date'), '2024')).toBe(true)
    // "In: A and B": the second topic label (Latin markup) still reads left to right after the first (with the override).
    const neighbours = page.locator('.neighbours__context')
    await expect(neighbours).toBeVisible()
    expect(await readsLeftToRight(neighbours, 'img')).toBe(true)
    // Related reasons: the label stays before the hostile keyword.
    const reason = page.locator('.relation-reasons__line').filter({ hasText: 'كلمات مشتركة' })
    const reasonLabelRight = await reason.evaluate((line) => {
      const range = document.createRange()
      range.selectNodeContents(line.firstChild as Node)
      return range.getBoundingClientRect().right
    })
    expect((await box(reason.locator('bdi'))).right).toBeLessThanOrEqual(reasonLabelRight + 1)
  })

  test('search: the result count and the hostile query keep their order', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(PAYLOADS['right-to-left-override'])}`)
    await expect(page.getByRole('searchbox', { name: 'ابحث في المقالات' })).toHaveValue(
      PAYLOADS['right-to-left-override'],
    )
    const card = page.locator('.article-card').first()
    await expect(card).toBeVisible()
    expect(await readsLeftToRight(card.locator('.published-date'), '2024')).toBe(true)
  })
})

test.describe('a 100,000-character word at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  /** Nothing is wider than the viewport: no sideways scrolling, and no field cut off inside its own box. */
  async function expectNoOverflow(page: Page): Promise<void> {
    const report = await page.evaluate(() => {
      const tooWide = [...document.querySelectorAll('main *, header *')]
        .filter((element) => {
          const rect = element.getBoundingClientRect()
          const clipped =
            getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1
          // Hidden text, and the rows that scroll sideways by design (sections, filter chips).
          const hidden =
            element.closest('.visually-hidden, .sections__list, .topic-filter__label, .topic-filter__chips') !== null
          return !hidden && (rect.right > window.innerWidth + 1 || rect.left < -1 || clipped)
        })
        .map((element) => `${element.tagName}.${element.className}`)
      return {
        pageWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        tooWide: [...new Set(tooWide)].slice(0, 10),
      }
    })
    expect(report.tooWide).toEqual([])
    expect(report.pageWidth).toBeLessThanOrEqual(report.viewport)
  }

  test('article page', async ({ page }) => {
    test.setTimeout(90_000)
    const started = Date.now()
    await page.goto(`/articles/${articleId('long-word')}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 })
    test.info().annotations.push({ type: 'laid out after', description: `${Date.now() - started} ms` })
    console.log(`100,000-letter article laid out after ${Date.now() - started} ms`)
    await expectNoOverflow(page)
  })

  test('feed', async ({ page }) => {
    await openFeedInApp(page)
    await expect(page.locator('.article-card:visible')).toHaveCount(DATA_SET.articles.length)
    await expectNoOverflow(page)
  })

  test('topic page', async ({ page }) => {
    await openInApp(page, '/topics/iraq-us')
    await expect(page.locator('.timeline .article-card')).toHaveCount(DATA_SET.articles.length)
    await expectNoOverflow(page)
  })

  test('search results', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(SEARCHABLE_WORD)}`)
    await expect(page.getByRole('list', { name: 'نتائج البحث' }).locator('.article-card')).toHaveCount(
      DATA_SET.articles.length,
    )
    await expectNoOverflow(page)
  })
})
