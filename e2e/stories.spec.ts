import { test, expect } from './support/fixtures.ts'
import { openFeedInApp } from './support/hostileData.ts'

/**
 * Stories (issue 16): an article reported by several outlets leads its related links with the
 * same story from the other outlets, and the feed lists a story once saying how many covered it.
 * The article is a fixture of our own sentences served in place of a data file; the feed is the
 * build's own first page with its first card made a story of two outlets.
 */
const member = (id: string, outlet: string, publishedAt: string, title: string) => ({ id, title, outlet, publishedAt })
const MEMBERS = [
  member('story-a', 'صحيفة النهار', '2024-03-01', 'افتتاح جسر وادي حنيفة الجديد'),
  member('story-b', 'صحيفة الصباح', '2024-03-02', 'جسر وادي حنيفة يفتح للسيارات'),
  member('story-c', 'وكالة المساء', '2024-03-02', 'أمير المنطقة يدشن جسر وادي حنيفة'),
]

const article = {
  schemaVersion: 3,
  id: 'story-a',
  title: MEMBERS[0]?.title,
  publishedAt: '2024-03-01',
  dateline: null,
  outlet: 'صحيفة النهار',
  author: null,
  body: ['افتتح أمير المنطقة جسرا جديدا فوق وادي حنيفة بطول أربعمئة متر يربط حيين كبيرين.'],
  keywords: [],
  topics: [],
  related: [
    {
      id: 'story-b',
      kind: 'same-story',
      score: 0.61,
      title: MEMBERS[1]?.title,
      publishedAt: '2024-03-02',
      outlet: 'صحيفة الصباح',
    },
    {
      id: 'story-c',
      kind: 'same-story',
      score: 0.48,
      title: MEMBERS[2]?.title,
      publishedAt: '2024-03-02',
      outlet: 'وكالة المساء',
    },
    {
      id: 'other-1',
      kind: 'similar',
      score: 0.2,
      title: 'مشروعات الطرق في العاصمة',
      publishedAt: '2024-02-20',
      reasons: { topics: [], keywords: [], names: ['الرياض'] },
    },
  ],
  source: { file: 'story-fixture.txt', index: 0 },
  excerpt: 'افتتح أمير المنطقة جسرا جديدا.',
  readingMinutes: 1,
  wordCount: 14,
  credit: null,
  disclaimer: null,
  topicMatches: {},
  story: { id: 'story-a', members: MEMBERS },
  copies: [{ title: 'جسر جديد فوق وادي حنيفة', outlet: 'وكالة الفجر', publishedAt: '2024-03-01' }],
}

test('an article names the outlets of its copies, then leads its links with the same story', async ({ page }) => {
  await page.route('**/data/articles/story-a.json', (route) => route.fulfill({ json: article }))
  await page.goto('/articles/story-a')
  const related = page.getByRole('navigation', { name: 'مقالات ذات صلة' })
  const sections = related.locator('section')
  // First, who else published the same text (wire copy folded into this article), not as links.
  const copies = sections.first()
  await expect(copies.getByRole('heading')).toHaveText('النص نفسه نشرته أيضاً')
  await expect(copies).toContainText('وكالة الفجر')
  await expect(copies.getByRole('link')).toHaveCount(0)
  await expect(sections.nth(1).getByRole('heading')).toHaveText('الخبر نفسه من مصادر أخرى')
  await expect(sections.nth(2).getByRole('heading')).toHaveText('مقالات مشابهة')
  const sameStory = sections.nth(1)
  // Three outlets covered it (an Arabic plural of 3–10), each named.
  await expect(sameStory.locator('.related__coverage')).toContainText('مصادر')
  for (const outlet of ['صحيفة النهار', 'صحيفة الصباح', 'وكالة المساء'])
    await expect(sameStory.locator('.related__coverage')).toContainText(outlet)
  const items = sameStory.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.first()).toContainText('صحيفة الصباح')
  await expect(items.first().getByRole('link')).toHaveAttribute('href', /\/articles\/story-b/)
})

test('the feed shows a story once, saying how many outlets covered it', async ({ page }) => {
  let storyCard = ''
  await page.route('**/data/feed/all/1.json', async (route) => {
    const response = await route.fetch()
    const feed = (await response.json()) as { items: Array<{ id: string; storyId?: string; storyOutlets?: string[] }> }
    const first = feed.items[0]
    if (first) {
      first.storyId = first.id
      first.storyOutlets = ['صحيفة النهار', 'صحيفة الصباح']
      storyCard = first.id
    }
    await route.fulfill({ response, json: feed })
  })
  await openFeedInApp(page)
  const cards = page.getByRole('list', { name: 'المقالات' }).locator('.article-card')
  await expect(cards.first().locator('.article-card__story')).toHaveText('مصدران')
  expect(storyCard).not.toBe('')
  // Cards of a single report say nothing about outlets.
  await expect(cards.nth(1).locator('.article-card__story')).toHaveCount(0)
})
