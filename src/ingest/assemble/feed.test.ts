import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, type Article } from '@/core/schema.ts'
import { FEED_PAGE_SIZE, feedLists } from './feed.ts'

function article(
  id: string,
  publishedAt: string | null,
  topics: string[] = [],
  outlet: string | null = null,
  story: Article['story'] = null,
): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: id,
    publishedAt,
    dateline: null,
    outlet,
    author: null,
    body: ['نص'],
    keywords: [],
    topics,
    related: [],
    source: { file: 'f', index: 0 },
    excerpt: 'نص',
    readingMinutes: 1,
    wordCount: 1,
    credit: null,
    disclaimer: null,
    topicMatches: {},
    copies: [],
    story,
  }
}

function story(...members: Array<[id: string, outlet: string, publishedAt: string]>): Article['story'] {
  return {
    id: members[0]?.[0] ?? '',
    members: members.map(([id, outlet, publishedAt]) => ({ id, title: id, outlet, publishedAt })),
  }
}

describe('feedLists', () => {
  it('orders newest first, undated last, then by id', () => {
    const [all] = feedLists(
      [article('b', null), article('c', '2024-01-01'), article('a', null), article('d', '2025-01-01')],
      [],
    )
    expect(all?.pages[0]?.items.map((i) => i.id)).toEqual(['d', 'c', 'a', 'b'])
  })

  it('pages lists by the page size, numbered from 1', () => {
    const articles = Array.from({ length: FEED_PAGE_SIZE * 2 + 1 }, (_, i) =>
      article(`a${String(i).padStart(3, '0')}`, '2024-01-01', ['t']),
    )
    const [all, topic] = feedLists(articles, ['t'])
    expect(all).toMatchObject({ id: 'all', count: 61, pageCount: 3 })
    expect(all?.pages.map((p) => [p.page, p.pageCount, p.items.length])).toEqual([
      [1, 3, 30],
      [2, 3, 30],
      [3, 3, 1],
    ])
    expect(topic).toMatchObject({ id: 't', count: 61, pageCount: 3 })
  })

  it('gives a topic with no articles no pages', () => {
    const [, empty] = feedLists([article('a', null)], ['nothing'])
    expect(empty).toEqual({ id: 'nothing', count: 0, pageCount: 0, pages: [] })
  })

  it('puts only summary fields in feed items', () => {
    const [all] = feedLists([article('a', '2024-01-01', ['t'])], [])
    expect(Object.keys(all?.pages[0]?.items[0] ?? {}).sort()).toEqual([
      'excerpt',
      'id',
      'outlet',
      'publishedAt',
      'readingMinutes',
      'title',
      'topics',
    ])
  })

  it('lists a story once, by its newest report, with every outlet that covered it', () => {
    const told = story(['s1', 'okaz', '2024-01-01'], ['s2', 'sabq', '2024-01-02'], ['s3', 'okaz', '2024-01-02'])
    const articles = [
      article('s1', '2024-01-01', ['t'], 'okaz', told),
      article('s2', '2024-01-02', [], 'sabq', told),
      article('s3', '2024-01-02', ['t'], 'okaz', told),
      article('x', '2024-01-03'),
    ]
    const [all, topic] = feedLists(articles, ['t'])
    expect(all?.pages[0]?.items.map((i) => [i.id, i.storyOutlets])).toEqual([
      ['x', undefined],
      ['s2', ['sabq', 'okaz']],
    ])
    expect(all?.count).toBe(2)
    // A topic's list shows the story by its newest report on that topic.
    expect(topic?.pages[0]?.items.map((i) => [i.id, i.storyId, i.storyOutlets])).toEqual([
      ['s3', 's1', ['okaz', 'sabq']],
    ])
  })
  it('names the outlets of copies folded into an article, story or not', () => {
    const wire = {
      ...article('w', '2024-01-02', [], 'okaz'),
      copies: [{ title: 'w', outlet: 'sabq', publishedAt: null }],
    }
    const [all] = feedLists([wire], [])
    expect(all?.pages[0]?.items.map((i) => [i.id, i.storyId, i.storyOutlets])).toEqual([
      ['w', undefined, ['okaz', 'sabq']],
    ])
  })
})
