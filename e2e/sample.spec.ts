import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Page } from '@playwright/test'
import { SAMPLE_PAGES, samplePage, sampleTitles } from './support/antSample.ts'
import { buildVersion, type BuiltVersion } from './support/buildVersions.ts'
import { test, expect } from './support/fixtures.ts'
import { startStaticHost, type StaticHost } from './support/staticServer.ts'

/**
 * The app on real Arabic news: one build whose data is the shipped ANT sample (300 articles of
 * Jawhara FM, samples/ant), served by a static host of our own. Paging past the first feed page,
 * search by a word of a real article's body, and related navigation between real articles.
 */
const HOST_PORT = 4560
/** A sport brief whose body, not its title, names the opposing team's country (الموريسي). */
const SEARCHED = samplePage('sport/JA-sport-1033-20170415.txt')
const BODY_WORD = 'الموريسي'

let build: BuiltVersion
let host: StaticHost
const titles = sampleTitles()

test.describe.configure({ mode: 'serial' })
test.use({ baseURL: `http://127.0.0.1:${HOST_PORT}` })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  build = buildVersion('ant-sample', SAMPLE_PAGES)
  host = await startStaticHost(build.dist, HOST_PORT)
})

test.afterAll(async () => {
  await host?.close()
  if (build) rmSync(dirname(build.dist), { recursive: true, force: true })
})

const cardTitles = (page: Page) => page.getByRole('list', { name: 'المقالات' }).getByRole('heading', { level: 2 })

test('the feed pages through the real sample: load-more brings the 31st article and more, each a sample article', async ({
  page,
}) => {
  await page.goto('/')
  await expect(cardTitles(page)).toHaveCount(30)
  const firstPage = await cardTitles(page).allTextContents()
  await page.getByRole('button', { name: 'عرض المزيد' }).click()
  await expect(cardTitles(page)).toHaveCount(60)
  const shown = await cardTitles(page).allTextContents()
  expect(shown.slice(0, 30)).toEqual(firstPage)
  expect(new Set(shown).size, 'no article twice').toBe(60)
  for (const title of shown) expect(titles.has(title), `«${title}» is a sample title`).toBe(true)

  const thirtyFirst = shown[30] ?? ''
  await page.getByRole('link', { name: thirtyFirst, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(thirtyFirst)
  await expect(page.locator('dl.byline')).toContainText('جوهرة أف أم')
})

test("searching a word of a real article's body finds it, and the result opens the article", async ({ page }) => {
  expect(SEARCHED.title).not.toContain(BODY_WORD)
  expect(SEARCHED.paragraphs.join(' ')).toContain(BODY_WORD)
  await page.goto('/search')
  await page.getByRole('searchbox', { name: 'ابحث في المقالات' }).fill(BODY_WORD)
  const results = page.getByRole('list', { name: 'نتائج البحث' })
  await results.getByRole('link', { name: SEARCHED.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEARCHED.title)
  await expect(page.getByRole('article')).toContainText(SEARCHED.paragraphs.at(-1)?.slice(0, 40) ?? '')
  await expect(page.getByRole('article')).toContainText(BODY_WORD)
})

test('a related link opens another real article, and back returns to the first', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(BODY_WORD)}`)
  await page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: SEARCHED.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEARCHED.title)
  // Whichever kind comes first (same story, similar, the outlet's neighbours): each is a way on.
  const related = page.getByRole('navigation', { name: 'مقالات ذات صلة' }).getByRole('link')
  await expect(related.first()).toBeVisible()
  const relatedTitle = (await related.first().textContent())?.trim() ?? ''
  expect(relatedTitle).not.toBe(SEARCHED.title)
  expect(titles.has(relatedTitle), `«${relatedTitle}» is a sample title`).toBe(true)
  await related.first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEARCHED.title)
})
