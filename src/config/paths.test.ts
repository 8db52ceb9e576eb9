import { describe, expect, it } from 'vitest'
import { paths, readListIds, readPage } from './paths.ts'

describe('paths', () => {
  it('builds the feed URL with repeatable topic filters and omits defaults', () => {
    expect(paths.home.getHref()).toBe('/')
    expect(paths.home.getHref(['iraq-us'])).toBe('/?topic=iraq-us')
    expect(paths.home.getHref(['iraq-us', 'algeria-africom'], 2)).toBe('/?topic=iraq-us&topic=algeria-africom&page=2')
  })

  it('builds topic and article URLs, carrying the list context for previous/next', () => {
    expect(paths.topic.getHref('iraq-us')).toBe('/topics/iraq-us')
    expect(paths.topic.getHref('iraq-us', 3)).toBe('/topics/iraq-us?page=3')
    expect(paths.article.getHref('abc-1')).toBe('/articles/abc-1')
    expect(paths.article.getHref('abc-1', ['all'])).toBe('/articles/abc-1?from=all')
    expect(paths.article.getHref('abc-1', ['a', 'b'])).toBe('/articles/abc-1?from=a&from=b')
    expect(new URL(paths.article.getHref('abc-1', [], 'أفريكوم'), 'http://x').searchParams.get('q')).toBe('أفريكوم')
    expect(paths.article.getHref('abc-1', [], '  ')).toBe('/articles/abc-1')
  })

  it('encodes an Arabic search query so it survives the round trip', () => {
    const href = paths.search.getHref('مهمة التحالف')
    expect(href.startsWith('/search?q=')).toBe(true)
    expect(new URL(href, 'http://x').searchParams.get('q')).toBe('مهمة التحالف')
  })
})

describe('reading the URL back', () => {
  it('reads the page, falling back to the first page on nonsense', () => {
    expect(readPage(new URLSearchParams('page=3'))).toBe(3)
    for (const bad of ['', 'page=0', 'page=-2', 'page=1.5', 'page=abc'])
      expect(readPage(new URLSearchParams(bad))).toBe(1)
    expect(readPage(new URLSearchParams('page=99999'))).toBe(100)
  })

  it('reads repeated topic ids and drops malformed ones', () => {
    const params = new URLSearchParams('topic=iraq-us&topic=../x&topic=iraq-us&topic=algeria-africom')
    expect(readListIds(params, 'topic')).toEqual(['iraq-us', 'algeria-africom'])
  })

  it('round-trips the feed URL', () => {
    const href = paths.home.getHref(['a', 'b'], 2)
    const params = new URL(href, 'http://x').searchParams
    expect(readListIds(params, 'topic')).toEqual(['a', 'b'])
    expect(readPage(params)).toBe(2)
  })
})
