import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { openInApp } from './support/inApp.ts'
import { breakLongRunsInText } from '@/lib/data/breakLongRuns.ts'
import {
  PAYLOADS,
  PAYLOAD_NAMES,
  SEARCHABLE_WORD,
  TOPIC_LABELS,
  articleId,
  hostileDataSet,
  openFeedInApp,
  serveDataSet,
} from './support/hostileData.ts'

/**
 * Hostile strings in every field the app shows (docs/app.md, Untrusted text: article text is text). For each: it
 * renders as the literal text it is, runs nothing (no dialog, no console error — the fixture —,
 * no request beyond the app's own files), and cannot reach outside its own field. The one
 * exception to "literal": a run of 500+ characters without a space is shown with a space every
 * 20 (src/lib/data/breakLongRuns.ts), so `shown()` is what the reader must see.
 */
const shown = breakLongRunsInText
const DATA_SET = hostileDataSet()
const textOf = (locator: Locator) => locator.evaluate((element) => element.textContent)

/** The only requests a page may make: its own documents, built assets, icons and the data folder. */
const OWN_FILES =
  /^\/(|articles\/[a-z0-9-]+|topics\/[a-z0-9-]+|search|settings|saved|assets\/[\w.-]+|data\/[\w/.-]+\.json|icons\/[\w.-]+|favicon\.svg|manifest\.webmanifest)$/

let requests: string[] = []
let dialogs: string[] = []

test.beforeEach(async ({ page }) => {
  requests = []
  dialogs = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await serveDataSet(page, DATA_SET)
})

test.afterEach(({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const strays = requests.filter((url) => new URL(url).origin !== origin || !OWN_FILES.test(new URL(url).pathname))
  expect(strays, 'requests beyond the app’s own files').toEqual([])
  expect(dialogs, 'dialogs opened').toEqual([])
})

/** Nothing the data said became markup: no handler attributes, no injected elements, no unsafe links, no script ran. */
async function expectInert(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')]
    return {
      pwned: (window as { pwned?: unknown }).pwned ?? null,
      handlers: all.flatMap((element) =>
        [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${element.tagName} ${a.name}`),
      ),
      injected: [
        ...document.querySelectorAll(
          'img, iframe, object, embed, frame, form:not([role=search]), base, meta[http-equiv=refresh]',
        ),
      ].map((e) => e.outerHTML.slice(0, 80)),
      // A script the browser would run: inline or from another origin. The prerendered page's
      // state is a data block (`type="application/json"`), which no browser executes.
      inlineScripts: [...document.scripts]
        .filter((script) => script.type !== 'application/json')
        .filter((script) => !script.src || new URL(script.src).origin !== location.origin).length,
      unsafeLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => new URL(href).origin !== location.origin),
      titlesOutsideHead: document.querySelectorAll('body title').length,
    }
  })
  expect(report).toEqual({
    pwned: null,
    handlers: [],
    injected: [],
    inlineScripts: 0,
    unsafeLinks: [],
    titlesOutsideHead: 0,
  })
}

for (const name of PAYLOAD_NAMES) {
  const text = shown(PAYLOADS[name])
  test(`article page, ${name}: every field is the literal text, inert`, async ({ page }) => {
    // The 100,000-letter article lays out some 14 fields of ~5,000 lines each: slow, not stuck.
    test.setTimeout(90_000)
    await page.goto(`/articles/${articleId(name)}?from=iraq-us&from=algeria-africom`)
    const article = page.locator('article.article')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 })
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(text)
    expect(await page.evaluate(() => document.title)).toBe(`${text} — صحيفة`)
    // Outlet, author, dateline.
    const byline = await article.locator('.byline bdi').evaluateAll((nodes) => nodes.map((node) => node.textContent))
    expect(byline).toEqual([text, text, text])
    expect(
      await article.locator('.article__body p').evaluateAll((nodes) => nodes.map((node) => node.textContent)),
    ).toEqual([`${SEARCHABLE_WORD}: ${text}`, text])
    expect(await textOf(article.locator('.source-notes__credit bdi'))).toBe(text)
    expect(await textOf(article.locator('.source-notes__disclaimer span[dir=auto]'))).toBe(text)
    expect(await textOf(article.locator('.article-keywords a'))).toBe(text)
    const topicChips = await article
      .locator('.article-topics__list a')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent))
    expect(topicChips).toEqual([TOPIC_LABELS['iraq-us'], TOPIC_LABELS['algeria-africom']])
    // "Why this topic" and the related articles' reasons: the terms as given, each bidi-isolated
    // (first strong isolate … pop directional isolate, see lib/intlFormat.ts).
    const isolated = (value: string) => `\u2068${value}\u2069`
    expect(await textOf(article.locator('.article-topics__why bdi').first())).toBe(isolated(text))
    const related = page.getByRole('navigation', { name: 'مقالات ذات صلة' })
    const relatedTitles = await related
      .locator('.related__title')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent))
    const relatedShown = DATA_SET.articles
      .find((item) => item.id === articleId(name))!
      .related.map((item) => shown(item.title))
    expect(relatedTitles).toEqual(relatedShown)
    const reasons = await related
      .locator('.relation-reasons bdi')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent))
    expect(reasons).toEqual([TOPIC_LABELS['iraq-us'], text, text].map(isolated))
    // Previous / next, and the list they belong to (two hostile topic labels).
    await expect(page.getByRole('navigation', { name: 'التنقل بين المقالات' })).toBeVisible()
    expect(await textOf(page.locator('.neighbours__context'))).toContain(isolated(TOPIC_LABELS['iraq-us']))

    // Hover and focus where an attribute breakout would have put its handlers.
    await page.getByRole('heading', { level: 1 }).hover()
    await article.locator('.article-keywords a').focus()
    await article.locator('.byline bdi').first().hover()
    await expectInert(page)
  })
}

test('feed cards: title, outlet and excerpt literal; topic filter and masthead labels literal; inert', async ({
  page,
}) => {
  await openFeedInApp(page)
  // The shown list's cards (selections one press away are drawn hidden beside it).
  const cards = page.locator('.article-card:visible')
  await expect(cards).toHaveCount(PAYLOAD_NAMES.length)
  const seen = await cards.evaluateAll((nodes) =>
    nodes.map((card) => ({
      title: card.querySelector('.article-card__title')?.textContent,
      outlet: card.querySelector('.article-card__outlet')?.textContent,
      excerpt: card.querySelector('.article-card__excerpt')?.textContent,
    })),
  )
  expect(seen).toEqual(
    DATA_SET.articles.map((item) => ({
      title: shown(item.title),
      outlet: shown(item.outlet ?? ''),
      excerpt: shown(item.excerpt),
    })),
  )
  const chips = await page
    .locator('.topic-filter .chip--toggle > :first-child')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent))
  expect(chips).toEqual(['الكل', TOPIC_LABELS['iraq-us'], TOPIC_LABELS['algeria-africom']])
  const sections = await page.locator('.sections__link').evaluateAll((nodes) => nodes.map((node) => node.textContent))
  expect(sections).toEqual(['الرئيسية', TOPIC_LABELS['iraq-us'], TOPIC_LABELS['algeria-africom']])
  for (const chip of await page.locator('.topic-filter .chip--toggle').all()) await chip.hover()
  await expectInert(page)
})

test('topic page: label, terms and timeline literal; inert', async ({ page }) => {
  await openInApp(page, '/topics/iraq-us')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(TOPIC_LABELS['iraq-us'])
  expect(
    await page.locator('.topic-terms__list li').evaluateAll((nodes) => nodes.map((node) => node.textContent)),
  ).toEqual([TOPIC_LABELS['iraq-us']])
  const titles = await page
    .locator('.timeline .article-card__title')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent))
  expect(titles).toEqual(DATA_SET.articles.map((item) => shown(item.title)))
  await expectInert(page)
})

test('search results: every hostile article found, shown literally; inert', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(SEARCHABLE_WORD)}`)
  const results = page.getByRole('list', { name: 'نتائج البحث' })
  await expect(results.locator('.article-card')).toHaveCount(PAYLOAD_NAMES.length)
  const titles = await results
    .locator('.article-card__title')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent))
  expect(new Set(titles)).toEqual(new Set(DATA_SET.articles.map((item) => shown(item.title))))
  const excerpts = await results
    .locator('.article-card__excerpt')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent))
  expect(new Set(excerpts)).toEqual(new Set(DATA_SET.articles.map((item) => shown(item.excerpt))))
  await expectInert(page)
})

test('a hostile keyword is a same-origin /search?q= link carrying it as text, and opening it runs nothing', async ({
  page,
  baseURL,
}) => {
  // One full page load per payload and three searches: 17-20 s on an idle machine, past the
  // default 30 s when the suite shares it (a fresh-clone CI run timed out here twice).
  test.slow()
  for (const name of PAYLOAD_NAMES) {
    await page.goto(`/articles/${articleId(name)}`)
    const link = page.locator('.article-keywords a')
    const href = new URL((await link.getAttribute('href')) ?? '', baseURL)
    expect(href.origin).toBe(new URL(baseURL ?? '').origin)
    expect(href.pathname).toBe('/search')
    expect(href.searchParams.get('q')).toBe(shown(PAYLOADS[name]))
  }
  for (const name of ['script', 'javascript-url', 'attribute-breakout'] as const) {
    await page.goto(`/articles/${articleId(name)}`)
    await page.locator('.article-keywords a').click()
    await expect(page).toHaveURL(/\/search\?q=/)
    await expect(page.getByRole('searchbox', { name: 'ابحث في المقالات' })).toHaveValue(PAYLOADS[name])
    await expectInert(page)
  }
})

test.describe('the checks themselves', () => {
  // Chromium reports the injected handler attribute as a CSP violation: expected here, and only here.
  test.use({ expectedConsoleErrors: [/Content Security Policy|CSP violation/] })

  test('the inertness check fails on an injected handler or element (so its passes mean something)', async ({
    page,
  }) => {
    await page.goto('/settings')
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<b onclick="void 0">x</b><iframe></iframe>'),
    )
    await expect(expectInert(page)).rejects.toThrow(/handlers|injected/)
  })

  test('it tells an inline script from an inert JSON data block', async ({ page }) => {
    await page.goto('/settings')
    await page.evaluate(() => {
      const data = document.createElement('script')
      data.type = 'application/json'
      data.textContent = '{"a":1}'
      document.body.append(data)
    })
    await expectInert(page)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'void 0'
      document.body.append(script)
    })
    await expect(expectInert(page)).rejects.toThrow(/inlineScripts/)
  })
})
