import { HTTP_404_IN_CONSOLE, test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'

test('the Iraq article shows every field, with credit and disclaimer set apart from the body', async ({
  page,
  request,
}) => {
  const id = await articleIdByTitle(request, IRAQ.title)
  await page.goto(`/articles/${id}`)
  const article = page.getByRole('article')
  await expect(article).toHaveAttribute('lang', 'ar')
  await expect(article).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)

  const byline = page.locator('dl.byline')
  for (const [term, value] of [
    ['المصدر', IRAQ.outlet],
    ['الكاتب', IRAQ.author],
    ['المكان', IRAQ.dateline],
    ['تاريخ النشر', '24 سبتمبر 2024'],
    ['بالتقويم الهجري', '21 ربيع الأول 1446 هـ'],
  ] as const) {
    await expect(
      byline
        .locator('div')
        .filter({ has: page.locator('dt', { hasText: term }) })
        .locator('dd'),
    ).toHaveText(value)
  }
  await expect(byline.locator('time[datetime="2024-09-24"]')).toBeVisible()

  const body = article.locator('.article__body p')
  await expect(body.first()).toHaveText(new RegExp(`^${IRAQ.firstWords}`))
  await expect(body).toHaveCount(7)
  // Reading text only: no furniture in the body.
  const bodyText = (await body.allTextContents()).join('\n')
  for (const furniture of [
    IRAQ.credit,
    IRAQ.disclaimerStart,
    'About Post Author',
    'المصدر:',
    'كلمات دلالية',
    'إقرأ أيضاً',
    'إضغط على الصورة',
  ]) {
    expect(bodyText).not.toContain(furniture)
  }

  const keywords = page.getByRole('region', { name: 'كلمات دلالية' })
  for (const keyword of IRAQ.keywords) await expect(keywords.getByRole('link', { name: keyword })).toBeVisible()

  const topics = page.getByRole('region', { name: 'المواضيع' })
  await expect(topics.getByRole('link', { name: IRAQ.topicLabel })).toBeVisible()
  await expect(topics.getByText(/سبب التصنيف/)).toContainText('واشنطن')

  const notes = page.getByRole('complementary', { name: 'ملاحظات المصدر' })
  await expect(notes).toContainText(IRAQ.credit)
  await expect(notes).toContainText(IRAQ.disclaimerStart)
})

test('read-also leads from the Iraq article to the Algeria article, and back returns', async ({ page, request }) => {
  const iraqId = await articleIdByTitle(request, IRAQ.title)
  await page.goto(`/articles/${iraqId}`)
  // Followed in-app (focus moves to the new heading); before the app starts the browser follows it.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  const readAlso = page.getByRole('region', { name: 'اقرأ أيضاً' })
  await readAlso.getByRole('link', { name: ALGERIA.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ALGERIA.title)
  await expect(page.getByText(ALGERIA.firstWords)).toBeVisible()
  await expect(page.locator('dl.byline')).toContainText(ALGERIA.outlet)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)
})

test('the Algeria article lists the Iraq article as similar, with the reason', async ({ page, request }) => {
  const algeriaId = await articleIdByTitle(request, ALGERIA.title)
  await page.goto(`/articles/${algeriaId}`)
  const similar = page.getByRole('region', { name: 'مقالات مشابهة' })
  await expect(similar.getByRole('link', { name: IRAQ.title })).toBeVisible()
  await expect(similar).toContainText(/أسماء مشتركة:.*الولايات المتحدة/)
  await expect(similar).toContainText(/نسبة التشابه/)
})

test('previous and next follow the list the reader came from', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: IRAQ.title }).click()
  await expect(page).toHaveURL(/from=all/)
  const neighbours = page.getByRole('navigation', { name: 'التنقل بين المقالات' })
  await expect(neighbours.getByRole('link', { name: /^السابق/ })).toHaveCount(0)
  await neighbours.getByRole('link', { name: new RegExp(`^التالي.*${ALGERIA.title}`) }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ALGERIA.title)
  await neighbours.getByRole('link', { name: new RegExp(`^السابق.*${IRAQ.title}`) }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)

  // From a one-article topic list there is nowhere to go.
  await page.goto('/?topic=iraq-us')
  await page.getByRole('link', { name: IRAQ.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IRAQ.title)
  await expect(page.getByRole('navigation', { name: 'التنقل بين المقالات' })).toHaveCount(0)
})

test('arrows point along the reading direction: mirrored in RTL, drawn as-is in LTR', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: IRAQ.title }).click()
  const arrow = page.getByRole('link', { name: /^التالي/ }).locator('svg')
  // The arrow is drawn pointing right; in Arabic it must be mirrored to point left.
  await expect(arrow).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)')
  // …and it sits at the far (left) side of the word "التالي".
  const [wordCentre, arrowCentre] = await page.getByRole('link', { name: /^التالي/ }).evaluate((link) => {
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT, (node) =>
      node.textContent?.includes('التالي') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    )
    const range = document.createRange()
    range.selectNodeContents(walker.nextNode() as Text)
    const word = range.getBoundingClientRect()
    const arrow = (link.querySelector('svg') as SVGElement).getBoundingClientRect()
    return [word.x + word.width / 2, arrow.x + arrow.width / 2]
  })
  expect(arrowCentre).toBeLessThan(wordCentre)

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('link', { name: /^Next/ }).locator('svg')).toHaveCSS('transform', 'none')
})

test.describe('a missing article', () => {
  test.use({ expectedConsoleErrors: [HTTP_404_IN_CONSOLE] })

  test('a missing article id shows a clear not-found message', async ({ page }) => {
    await page.goto('/articles/no-such-article')
    await expect(page.getByRole('heading', { level: 1, name: 'المقال غير موجود' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toBeVisible()
  })
})

test('an id that is not a valid article id never reaches the data folder', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/articles/..%2F..%2Fmanifest')
  await expect(page.getByRole('heading', { level: 1, name: 'المقال غير موجود' })).toBeVisible()
  expect(requested.filter((path) => path.startsWith('/data/articles/'))).toEqual([])
})
