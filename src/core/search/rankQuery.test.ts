import { describe, expect, it } from 'vitest'
import { prefixWeight, rankQuery, type TermSource } from './rankQuery.ts'
import type { QueryTerms } from './searchQuery.ts'
import type { TermEntry } from './termShard.ts'

/** A term source over postings written out by hand: term → [df, [doc, score]…]. */
function source(terms: Record<string, [number, Array<[number, number]>]>): TermSource {
  const entry = (term: string): TermEntry | null => {
    const found = terms[term]
    if (found === undefined) return null
    const [df, postings] = found
    return { term, df, postings: { docs: postings.map(([d]) => d), scores: postings.map(([, s]) => s) } }
  }
  return {
    find: entry,
    expand(prefix, limit) {
      const forms = Object.keys(terms)
        .filter((t) => t.startsWith(prefix))
        .map((t) => entry(t) as TermEntry)
        .sort((a, b) => b.df - a.df)
      return { entries: forms.slice(0, limit), leftOutDf: forms.slice(limit).reduce((sum, f) => sum + f.df, 0) }
    },
  }
}

const exact = (...terms: string[]): QueryTerms => ({ exact: terms, prefixes: [] })

const INDEX = source({
  علاق: [
    3,
    [
      [0, 10],
      [2, 30],
      [5, 20],
    ],
  ],
  عراق: [
    2,
    [
      [2, 5],
      [5, 5],
    ],
  ],
  علم: [1, [[1, 40]]],
  امريك: [
    4,
    [
      [0, 1],
      [1, 1],
      [2, 1],
      [5, 1],
    ],
  ],
})

describe('answering a query from postings', () => {
  it('needs every word, and ranks by the sum of the words’ scores', () => {
    const ranked = rankQuery(exact('علاق', 'عراق'), INDEX)
    expect(ranked.hits).toEqual([
      { doc: 2, score: 35 },
      { doc: 5, score: 25 },
    ])
    expect(ranked).toMatchObject({ total: 2, exact: true })
  })

  it('finds nothing when one word is in no document', () => {
    expect(rankQuery(exact('علاق', 'زلزال'), INDEX).hits).toEqual([])
  })

  it('breaks ties toward the lower (newer) document', () => {
    expect(rankQuery(exact('امريك'), INDEX).hits.map((h) => h.doc)).toEqual([0, 1, 2, 5])
  })

  it('matches the last word as a prefix, a longer form weighing less than the typed term itself', () => {
    const ranked = rankQuery({ exact: [], prefixes: ['عل'] }, INDEX)
    expect(ranked.hits.map((h) => h.doc).sort()).toEqual([0, 1, 2, 5])
    expect(prefixWeight('عل', 'عل')).toBe(1)
    expect(prefixWeight('عل', 'علاق')).toBeLessThan(prefixWeight('عل', 'علم'))
    expect(rankQuery({ exact: ['عراق'], prefixes: ['عل'] }, INDEX).hits.map((h) => h.doc)).toEqual([2, 5])
  })

  it('matches any reading of the last word as a prefix, a term found by two counted once', () => {
    const ranked = rankQuery({ exact: [], prefixes: ['الع', 'عل'] }, INDEX)
    expect(ranked.hits.map((h) => h.doc).sort()).toEqual([0, 1, 2, 5])
  })

  it('counts a capped word by its true document count, exactly', () => {
    const capped = source({
      سوق: [
        5000,
        [
          [3, 9],
          [8, 7],
        ],
      ],
    })
    expect(rankQuery(exact('سوق'), capped)).toMatchObject({ total: 5000, exact: true })
  })

  it('estimates the count when capped postings meet, and says it is an estimate', () => {
    // Each word keeps 4 of its 8 documents; 2 are found in both, so about 2 / (½ · ½) = 8 match, at most 8.
    const capped = source({
      سوق: [
        8,
        [
          [1, 1],
          [2, 1],
          [3, 1],
          [4, 1],
        ],
      ],
      نفط: [
        8,
        [
          [3, 1],
          [4, 1],
          [5, 1],
          [6, 1],
        ],
      ],
    })
    expect(rankQuery(exact('سوق', 'نفط'), capped)).toMatchObject({ total: 8, exact: false })
  })
})
