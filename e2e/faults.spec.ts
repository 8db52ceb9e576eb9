import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { openInApp } from './support/inApp.ts'
import { DATA_FAULTS, injectFault, type DataFault, type InjectedFault } from './support/dataFaults.ts'
import { IRAQ, articleIdByTitle } from './support/seed.ts'

/**
 * Every view under every fault of every data file it reads (docs/app.md, Untrusted text: a corrupt or missing data
 * file shows an error with retry, never a blank screen): the view says what happened, Retry works
 * once the fault clears, and meanwhile the rest of the app keeps working.
 *
 * The front page, every article and topic page are prerendered (src/app/prerender): their first load
 * carries its data in the HTML and asks for none, so it cannot meet a data fault. Those views meet
 * one when the reader reaches them inside the app (a link, Back), which is what their cases do.
 * The search's term shards and summary chunks are read by the search worker; Playwright's page
 * routes see a dedicated worker's requests too, so the worker-only cases fault them there.
 */

/** Must match DATA_TIMEOUT_MS in src/lib/data/fetchData.ts: the test moves the page's clock past it. */
const DATA_TIMEOUT_MS = 10_000
/** The console line Chromium prints for the 404 and 500 answers these tests provoke. */
const HTTP_ERROR_IN_CONSOLE = /Failed to load resource: the server responded with a status of (404|500)/
const RETRY = 'إعادة المحاولة'
const ERROR_TITLE = 'تعذّر تحميل المحتوى'

/** What the reader is told for each fault (src/locales/ar). */
const MESSAGE: Record<DataFault, string> = {
  '404': 'حدث خطأ أثناء قراءة البيانات',
  '500': 'تعذّر على الخادم إرسال هذا المحتوى الآن',
  timeout: 'يتأخر الخادم كثيراً في الرد',
  'truncated JSON': 'وصل المحتوى تالفاً',
  'schema mismatch': 'وصل المحتوى تالفاً',
}

interface FaultCase {
  view: string
  /** The data file that fails, as a route glob. */
  file: string
  /** Brings the view up so that it asks for the failing file. */
  open: (page: Page, ids: { iraq: string }) => Promise<void>
  /** The view's content once it loads. */
  content: (page: Page) => ReturnType<Page['getByRole']>
  /** Another view, reached by a link, that does not need the failing file. */
  elsewhere: { link: (page: Page) => ReturnType<Page['getByRole']>; heading: string }
  /** For a 404 of this file the view says "not found" (a fact about the content), not "error". */
  notFoundOn404?: string
}

const settingsLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'الإعدادات' })
const frontPageLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'الرئيسية' })
const toSettings = { link: settingsLink, heading: 'الإعدادات' }
const toFeed = { link: frontPageLink, heading: 'آخر الأخبار' }

/** The feed, reached from another page: a client render that reads the manifest and the feed page. */
async function feedByLink(page: Page): Promise<void> {
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible()
  await frontPageLink(page).click()
}

/** The article, reached from the (prerendered) front page: a client render that reads the article file. */
async function articleByLink(page: Page, ids: { iraq: string }): Promise<void> {
  await page.goto('/')
  await page.getByRole('heading', { level: 2, name: IRAQ.title }).getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/articles/${ids.iraq}(\\?|$)`))
}

const searchFor = (query: string) => async (page: Page) => {
  await page.goto(`/search?q=${encodeURIComponent(query)}`)
}

const CASES: FaultCase[] = [
  {
    view: 'feed',
    file: '**/data/manifest.json',
    open: feedByLink,
    content: (page) => page.getByRole('heading', { level: 2, name: IRAQ.title }),
    elsewhere: toSettings,
  },
  {
    view: 'feed',
    file: '**/data/feed/all/1.json',
    open: feedByLink,
    content: (page) => page.getByRole('heading', { level: 2, name: IRAQ.title }),
    elsewhere: toSettings,
  },
  {
    view: 'article',
    file: '**/data/articles/*.json',
    open: articleByLink,
    content: (page) => page.getByRole('heading', { level: 1, name: IRAQ.title }),
    elsewhere: toFeed,
    notFoundOn404: 'المقال غير موجود',
  },
  {
    view: 'topic page',
    file: '**/data/manifest.json',
    open: (page) => openInApp(page, `/topics/${IRAQ.topic}`),
    content: (page) => page.getByRole('heading', { level: 1, name: IRAQ.topicLabel }),
    elsewhere: toSettings,
  },
  {
    view: 'topic page',
    file: `**/data/feed/${IRAQ.topic}/1.json`,
    open: (page) => openInApp(page, `/topics/${IRAQ.topic}`),
    content: (page) => page.getByRole('heading', { level: 3, name: IRAQ.title }),
    elsewhere: toSettings,
  },
  {
    view: 'search',
    file: '**/data/manifest.json',
    open: searchFor('العلاقات'),
    content: (page) => page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title }),
    elsewhere: toSettings,
  },
  {
    view: 'search',
    file: '**/data/search/**',
    open: searchFor('العلاقات'),
    content: (page) => page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title }),
    elsewhere: toFeed,
  },
  // Read only by the search worker: its failures reach the page as the same errors.
  {
    view: 'search',
    file: '**/data/search/terms/**',
    open: searchFor('العلاقات'),
    content: (page) => page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title }),
    elsewhere: toFeed,
  },
  {
    view: 'search',
    file: '**/data/search/docs/**',
    open: searchFor('العلاقات'),
    content: (page) => page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title }),
    elsewhere: toFeed,
  },
]

// One pattern: a two-element array here would read as Playwright's [value, options] form.
test.use({ expectedConsoleErrors: [HTTP_ERROR_IN_CONSOLE] })

/** The fault, and how many requests had met it before the navigation under test. */
interface HitSince {
  fault: InjectedFault
  since: number
}

/** Waits for the view to give up on a fault: at once for most, after the data timeout for a hang. */
async function faultShown(
  page: Page,
  fault: DataFault,
  hit: HitSince,
  expected: ReturnType<Page['getByRole']>,
): Promise<void> {
  if (fault === 'timeout') {
    // Once the failing request hangs (and not before: the clock would cut off the files read
    // before it too), the view is still waiting and says so — then the app's own timeout ends it.
    await expect.poll(() => hit.fault.hits()).toBeGreaterThan(hit.since)
    await expect(page.getByText('جارٍ التحميل…').first()).toBeVisible()
    // The first hang may be another reader of the same file (the masthead reads the manifest)
    // while the view's own code is still loading (routes are split): that read times out first
    // and the view, once mounted, asks again. So the clock moves on, one data timeout at a time
    // (for a few timeouts at most), until the view has given up.
    await expect(async () => {
      await page.clock.fastForward(DATA_TIMEOUT_MS + 1_000)
      await expect(expected).toBeVisible({ timeout: 1_500 })
    }).toPass({ intervals: [0], timeout: 3 * 2_500 })
  }
  await expect(expected).toBeVisible()
}

for (const fault of DATA_FAULTS) {
  for (const testCase of CASES) {
    const file = testCase.file.replace('**/data/', '')
    test(`${testCase.view}, ${file} → ${fault}: a clear message, the app still usable, Retry recovers`, async ({
      page,
      request,
    }) => {
      const ids = { iraq: await articleIdByTitle(request, IRAQ.title) }
      if (fault === 'timeout') await page.clock.install()
      const injected = await injectFault(page, testCase.file, fault)
      await testCase.open(page, ids)
      const opened = { fault: injected, since: 0 }

      if (fault === '404' && testCase.notFoundOn404 !== undefined) {
        // A missing article is not an error to retry: the not-found view, with its way home.
        await expect(page.getByRole('heading', { level: 1, name: testCase.notFoundOn404 })).toBeVisible()
        await page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }).click()
        await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
        return
      }

      const alert = page.getByRole('alert').filter({ hasText: ERROR_TITLE })
      await faultShown(page, fault, opened, alert)
      await expect(alert).toContainText(MESSAGE[fault])
      await expect(alert.getByRole('button', { name: RETRY })).toBeVisible()
      expect(injected.hits()).toBeGreaterThan(0)
      // Never a blank screen, never an endless spinner.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByText('جارٍ التحميل…')).toHaveCount(0)

      // The rest of the app keeps working meanwhile.
      await testCase.elsewhere.link(page).click()
      await expect(page.getByRole('heading', { level: 1, name: testCase.elsewhere.heading })).toBeVisible()
      const cameBack = { fault: injected, since: injected.hits() }
      await page.goBack()
      await faultShown(page, fault, cameBack, alert)

      // The fault clears (the server recovers, the editor redeploys): Retry brings the view back.
      injected.clear()
      await alert.getByRole('button', { name: RETRY }).click()
      await expect(testCase.content(page)).toBeVisible()
      await expect(page.getByRole('alert').filter({ hasText: ERROR_TITLE })).toHaveCount(0)
    })
  }
}
