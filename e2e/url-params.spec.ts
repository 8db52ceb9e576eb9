import { test, expect, HTTP_404_IN_CONSOLE } from './support/fixtures.ts'
import { IRAQ } from './support/seed.ts'

/**
 * Every URL parameter is input from anyone who can send a link (docs/app.md, Routes): `q`, `topic`
 * and `:id` are validated, an unknown topic or article gives the not-found view, and a
 * path-traversal id never turns into a request outside the data folder — checked on every request.
 */
const DATA_FILE =
  /^\/data\/(manifest\.json|feed\/[a-z0-9-]+\/\d+\.json|articles\/[a-z0-9-]{1,80}\.json|search\/(manifest|terms\/[0-9a-f]+|docs\/\d+)\.json)$/
const APP_FILE = /^\/(assets\/[\w.-]+|icons\/[\w.-]+|favicon\.svg|manifest\.webmanifest)$/
const ARTICLE_NOT_FOUND = 'المقال غير موجود'
const PAGE_NOT_FOUND = 'الصفحة غير موجودة'

let requests: URL[] = []
test.beforeEach(({ page }) => {
  requests = []
  page.on('request', (request) => requests.push(new URL(request.url())))
})

/** Every request was the page itself, one of the app's files, or a well-formed data file. */
function expectOnlyOwnRequests(pagePath: string): void {
  const strays = requests.filter(
    (url) => !DATA_FILE.test(url.pathname) && !APP_FILE.test(url.pathname) && url.pathname !== pagePath,
  )
  expect(strays.map((url) => url.href)).toEqual([])
}

test.describe('article ids', () => {
  test.use({ expectedConsoleErrors: [HTTP_404_IN_CONSOLE] })

  test('an unknown id: the not-found view, after asking only for that article in the data folder', async ({ page }) => {
    await page.goto('/articles/no-such-article')
    await expect(page.getByRole('heading', { level: 1, name: ARTICLE_NOT_FOUND })).toBeVisible()
    expect(requests.filter((url) => url.pathname.startsWith('/data/articles/')).map((url) => url.pathname)).toEqual([
      '/data/articles/no-such-article.json',
    ])
    expectOnlyOwnRequests('/articles/no-such-article')
  })

  const TRAVERSALS = [
    '..%2F..%2Fmanifest',
    '..%2Fmanifest.json',
    '%2e%2e%2f%2e%2e%2fmanifest',
    '%252e%252e%252fmanifest',
    '..%5C..%5Cmanifest',
    '%5C..%5Cmanifest',
    '....%2F%2Fmanifest',
    'x%00y',
    'A-Capital',
    'a'.repeat(81),
    '%E2%80%AEevil',
  ]
  for (const id of TRAVERSALS) {
    test(`/articles/${id.slice(0, 40)}: not found, and no request for any article file`, async ({ page }) => {
      await page.goto(`/articles/${id}`)
      // The browser may resolve a literal `..` itself (then the router sees another path): either way, not found.
      await expect(
        page.getByRole('heading', { level: 1, name: new RegExp(`${ARTICLE_NOT_FOUND}|${PAGE_NOT_FOUND}`) }),
      ).toBeVisible()
      expect(requests.filter((url) => url.pathname.startsWith('/data/articles/'))).toEqual([])
      expectOnlyOwnRequests(new URL(page.url()).pathname)
      expectOnlyOwnRequests(`/articles/${id}`)
    })
  }

  test('a literal ../ in the path is resolved by the browser, never sent to the data folder', async ({ page }) => {
    await page.goto('/articles/../../data/manifest.json/../articles/x')
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(`${ARTICLE_NOT_FOUND}|${PAGE_NOT_FOUND}`) }),
    ).toBeVisible()
    expectOnlyOwnRequests(new URL(page.url()).pathname)
  })

  test('/articles/%2e%2e is a dot-dot segment to the browser: it opens the front page, nothing else is asked for', async ({
    page,
  }) => {
    await page.goto('/articles/%2e%2e')
    expect(new URL(page.url()).pathname).toBe('/')
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    expect(requests.filter((url) => url.pathname.startsWith('/data/articles/'))).toEqual([])
    expectOnlyOwnRequests('/')
  })
})

test.describe('topics', () => {
  for (const topic of ['no-such-topic', '%3Cscript%3E', '..%2F..%2Fmanifest', 'x'.repeat(41)]) {
    test(`/topics/${topic.slice(0, 30)}: the not-found view`, async ({ page }) => {
      await page.goto(`/topics/${topic}`)
      await expect(page.getByRole('heading', { level: 1, name: 'الموضوع غير موجود' })).toBeVisible()
      expect(requests.filter((url) => url.pathname.startsWith('/data/feed/'))).toEqual([])
      expectOnlyOwnRequests(`/topics/${topic}`)
    })
  }

  // A feed filter is a view of the front page, not a page of its own: an unknown or malformed
  // ?topic= is dropped and the feed says what it shows (every article, "All" pressed), so an old
  // shared link still opens the news instead of a dead end. /topics/<unknown> is the not-found view.
  // The feed asks for each filtered list's first page together with the manifest, before it can
  // know the list exists (usePrefetchFirstPages.ts): a well-formed unknown id costs one 404 in the
  // data folder, which the feed then ignores; a malformed one is never asked for. Known topics'
  // first pages may be asked for too: the idle warm-up of what one chip press can show.
  test.describe(() => {
    test.use({ expectedConsoleErrors: [HTTP_404_IN_CONSOLE] })
    test('an unknown or malformed ?topic= filter is ignored: the whole feed, "All" pressed', async ({ page }) => {
      await page.goto(`/?topic=no-such-topic&topic=${encodeURIComponent('<script>')}&topic=..%2F..%2Fx`)
      await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
      await expect(page.getByRole('button', { name: /^الكل/ })).toHaveAttribute('aria-pressed', 'true')
      const feedPages = requests.filter((url) => url.pathname.startsWith('/data/feed/')).map((url) => url.pathname)
      // Once idle, the feed also warms the known topics' first pages (usePrefetchReachable.ts).
      const warmUp = new Set(['/data/feed/iraq-us/1.json', '/data/feed/algeria-africom/1.json'])
      expect(feedPages.filter((path) => !warmUp.has(path)).sort()).toEqual([
        '/data/feed/all/1.json',
        '/data/feed/no-such-topic/1.json',
      ])
      expectOnlyOwnRequests('/')
    })
  })
})

test.describe('search queries', () => {
  const field = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'ابحث في المقالات' })

  test('a hostile query is shown as text, finds nothing, runs nothing', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())))
    const query = `"><img src=x onerror=alert(1)><script>alert(2)</script>`
    await page.goto(`/search?q=${encodeURIComponent(query)}`)
    await expect(field(page)).toHaveValue(query)
    await expect(page.locator('.search__nothing bdi')).toHaveText(query)
    expect(await page.evaluate(() => document.title)).toBe(
      `البحث: ${`"><img src=x onerror=alert(1)><script>alert(2)</script>`} — صحيفة`,
    )
    expect(await page.locator('main img, main script').count()).toBe(0)
    expect(dialogs).toEqual([])
    expectOnlyOwnRequests('/search')
  })

  test('control characters in a query are harmless; the words around them still search', async ({ page }) => {
    await page.goto('/search?q=%00%01%1F%7F%0A%09العلاقات%1B')
    await expect(page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link', { name: IRAQ.title })).toBeVisible()
    expectOnlyOwnRequests('/search')
  })

  test('a very long query (8,000 characters) answers without freezing and without overflowing', async ({ page }) => {
    const query = `العلاقات ${'ب'.repeat(800)}`
    const started = Date.now()
    await page.goto(`/search?q=${encodeURIComponent(query)}`)
    await expect(page.getByRole('status').filter({ hasText: /نتيج|نتائج/ })).toBeVisible()
    expect(Date.now() - started).toBeLessThan(15_000)
    await expect(field(page)).toHaveValue(query)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    const latin = 'a'.repeat(8_000)
    await page.goto(`/search?q=${latin}`)
    await expect(page.getByText('لا نتائج للبحث عن')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    expectOnlyOwnRequests('/search')
  })
})
