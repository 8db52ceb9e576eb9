import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { waitForOfflineReady } from './support/serviceWorker.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'
import { dataPaths, feedPageSchema, manifestSchema } from '@/core/schema.ts'

const OFFLINE_NOTICE = 'أنت غير متصل بالإنترنت. تقرأ الآن ما حُفظ على جهازك.'
const NOT_SAVED_YET = 'لم يُحفظ هذا المحتوى على جهازك بعد'
const LOADING = 'جارٍ التحميل…'

test.describe('first visit, the network gone before the data arrived (no service worker yet)', () => {
  test.use({
    serviceWorkers: 'block',
    expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/],
  })

  test('says the reader is offline and nothing is saved yet; Retry stays honest; back online it loads by itself', async ({
    page,
    context,
  }) => {
    // The front page's own address is prerendered with its data in the HTML (no data request to
    // fail), so the feed is reached from another page, as a client render that needs its files.
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible()
    // The shell came through; the network drops as the feed's data file is asked for.
    await page.route('**/data/**', async (route) => {
      await context.setOffline(true)
      await route.abort('internetdisconnected')
    })
    await page.getByRole('banner').getByRole('link', { name: 'الرئيسية' }).click()
    const alert = page.getByRole('alert').filter({ hasText: NOT_SAVED_YET })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText('أنت غير متصل بالإنترنت')
    await expect(page.getByText(LOADING)).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()

    // Retry while still offline: it tries, and says the same thing again (no spinner left behind).
    await alert.getByRole('button', { name: 'إعادة المحاولة' }).click()
    await expect(alert).toBeVisible()
    await expect(page.getByText(LOADING)).toHaveCount(0)

    // Back online: the feed fills in without a click and without a reload.
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))
    await page.unroute('**/data/**')
    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })
})

test.describe('offline after one visit (installed)', () => {
  test.use({ serviceWorkers: 'allow' })
  test.setTimeout(60_000)

  test('every view opens from the device by in-app navigation, and the UI says it is offline', async ({
    page,
    context,
    request,
  }) => {
    const algeriaId = await articleIdByTitle(request, ALGERIA.title)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await waitForOfflineReady(page)
    // The worker keeps a data file beyond the entry points once it has been read (README,
    // "Offline"): the reader opens the article, its topic and a search once, online.
    await visitArticleTopicAndSearch(page, algeriaId)
    // A new document: nothing of that is in the app's memory any more, only in the worker's cache.
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await context.setOffline(true)
    await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible()

    // None of these files has been read by the app in this document: each comes from the worker's
    // cache. (A query that waited for the network here would leave "Loading…" for ever.)
    await visitArticleTopicAndSearch(page, algeriaId)
    await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)

    await context.setOffline(false)
    await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0)
    await expect(page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title })).toBeVisible()
  })
})

/** From the front page, by in-app links: an article, one of its topics, a search from the masthead. */
async function visitArticleTopicAndSearch(page: Page, algeriaId: string): Promise<void> {
  await page.getByRole('link', { name: ALGERIA.title }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${algeriaId}`))
  await expect(page.getByRole('heading', { level: 1, name: ALGERIA.title })).toBeVisible()
  await page.getByRole('link', { name: ALGERIA.topicLabel }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: ALGERIA.topicLabel })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: ALGERIA.title })).toBeVisible()
  await page.getByRole('searchbox').first().fill('العلاقات')
  await page.getByRole('searchbox').first().press('Enter')
  await expect(page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title })).toBeVisible()
}

/** The real feed with one more article on top, as a later ingest would write it. */
async function feedWithOneMore(page: Page, title: string) {
  const manifest = manifestSchema.parse(await (await page.request.get(`/data/${dataPaths.manifest}`)).json())
  const feed = feedPageSchema.parse(await (await page.request.get(`/data/${dataPaths.feedPage('all', 1)}`)).json())
  const newest = { ...feed.items[0]!, id: 'arrived-while-offline', title, publishedAt: '2099-01-01' }
  return {
    manifest: { ...manifest, articleCount: manifest.articleCount + 1 },
    feed: { ...feed, items: [newest, ...feed.items] },
  }
}

test.describe('back online', () => {
  test.use({ serviceWorkers: 'block' })

  test('what is on screen refreshes quietly: new data appears, no reload, no error, no spinner', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    // The page has finished loading (the idle warm-up of the other topics' lists included): cut
    // off mid-way, those requests would fail in the console, which is not what this test is about.
    await page.waitForLoadState('networkidle')
    await context.setOffline(true)
    await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible()

    // While the reader is offline, a new ingest is published.
    const NEW_TITLE = 'خبر نُشر أثناء انقطاع الاتصال'
    const next = await feedWithOneMore(page, NEW_TITLE)
    await page.route(`**/data/${dataPaths.manifest}`, (route) => route.fulfill({ json: next.manifest }))
    await page.route(`**/data/${dataPaths.feedPage('all', 1)}`, (route) => route.fulfill({ json: next.feed }))
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))

    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 2, name: NEW_TITLE })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByText(LOADING)).toHaveCount(0)
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })
})
