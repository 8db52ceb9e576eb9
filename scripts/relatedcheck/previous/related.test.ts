import { describe, expect, it } from 'vitest'
import { tokenize } from '@/core/arabic/tokenize.ts'
import { SIMILARITY, similarArticles, type RelatedCandidate } from './related.ts'

function candidate(id: string, words: string, extra: Partial<RelatedCandidate> = {}): RelatedCandidate {
  const tokens = tokenize(words)
  return {
    id,
    titleTokens: tokens,
    bodyTokens: tokens,
    keywords: [],
    names: [],
    topics: [],
    readAlso: new Set(),
    ...extra,
  }
}

describe('similarArticles', () => {
  it('does not relate articles that share nothing', () => {
    const links = similarArticles([candidate('a', 'مكتبة كتب قراءة'), candidate('b', 'كرة ملعب مباراة')])
    expect(links.get('a')).toEqual([])
  })

  it('needs a reason the reader can see (shared topic, keyword or name), not only common words', () => {
    const links = similarArticles([candidate('a', 'مكتبة كتب قراءة'), candidate('b', 'مكتبة كتب قراءة')])
    expect(links.get('a')).toEqual([])
    const named = similarArticles([
      candidate('a', 'مكتبة كتب قراءة', { names: ['القاهرة'] }),
      candidate('b', 'مكتبة كتب قراءة', { names: ['القاهرة'] }),
    ])
    expect(named.get('a')).toEqual([
      { id: 'b', score: expect.any(Number), reasons: { topics: [], keywords: [], names: ['القاهرة'] } },
    ])
  })

  it('keeps at most five links, best first', () => {
    const corpus = Array.from({ length: 9 }, (_, i) =>
      candidate(`a${i}`, `مكتبة كتب قراءة ${'معرض '.repeat(i)}`, { keywords: ['معرض الكتاب'], topics: ['books'] }),
    )
    const links = similarArticles(corpus).get('a0') ?? []
    expect(links).toHaveLength(SIMILARITY.maxLinks)
    expect(links.map((l) => l.score)).toEqual([...links.map((l) => l.score)].sort((x, y) => y - x))
    expect(links[0]?.reasons).toEqual({ topics: ['books'], keywords: ['معرض الكتاب'], names: [] })
  })

  it('does not repeat a read-also target as similar', () => {
    const shared = { names: ['بغداد'], topics: ['iraq-us'] }
    const links = similarArticles([
      candidate('a', 'بغداد واشنطن محادثات', { ...shared, readAlso: new Set(['b']) }),
      candidate('b', 'بغداد واشنطن محادثات', shared),
    ])
    expect(links.get('a')).toEqual([])
    expect(links.get('b')?.map((l) => l.id)).toEqual(['a'])
  })

  it('does not link articles through a name they all share when they share nothing else', () => {
    // Every article names the same place and nothing else in common: that name is in more than
    // maxPostings articles, so it proposes only time-near candidates, and their score stays below the minimum.
    const corpus = Array.from({ length: SIMILARITY.maxPostings + 2 }, (_, i) =>
      candidate(`a${String(i).padStart(4, '0')}`, `كلمة${i} فريدة${i}`, { names: ['القاهرة'] }),
    )
    const links = similarArticles(corpus)
    expect([...links.values()].every((l) => l.length === 0)).toBe(true)
    // The same name shared by only three articles does link them.
    const small = similarArticles(corpus.slice(0, 3))
    expect(small.get('a0000')?.length).toBe(2)
  })
})

describe('similarArticles in a large corpus (features shared by more than maxPostings articles)', () => {
  const DAY_MS = 86_400_000
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * DAY_MS).toISOString().slice(0, 10)
  const size = SIMILARITY.maxPostings + 100
  // One subject, one place: every shared feature is too common to be scanned whole. Ids run
  // against the dates, so neither id order nor input order happens to match time order.
  const corpus = Array.from({ length: size }, (_, i) =>
    candidate(`a${String(size - i).padStart(4, '0')}`, 'مكتبة كتب قراءة معرض', {
      bodyTokens: tokenize(`مكتبة كتب قراءة معرض فريدة${i}`),
      names: ['القاهرة'],
      publishedAt: day(i),
    }),
  )
  const links = similarArticles(corpus)
  const dayOf = new Map(corpus.map((a) => [a.id, Date.parse(a.publishedAt ?? '')]))

  it('still links articles that share their subject and a name', () => {
    const linked = corpus.filter((a) => (links.get(a.id)?.length ?? 0) > 0)
    expect(linked).toHaveLength(size)
    expect(links.get(corpus[0]?.id ?? '')?.[0]?.reasons.names).toEqual(['القاهرة'])
  })

  it('finds them among the articles nearest in publication date', () => {
    const gaps = corpus.flatMap((a) =>
      (links.get(a.id) ?? []).map((link) => Math.abs((dayOf.get(link.id) ?? 0) - (dayOf.get(a.id) ?? 0)) / DAY_MS),
    )
    expect(gaps.length).toBeGreaterThanOrEqual(size)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(SIMILARITY.nearestPostings)
  })
})
