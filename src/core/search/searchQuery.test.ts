import { describe, expect, it } from 'vitest'
import { acceptsTerm, isEmptyQuery, queryTerms } from './searchQuery.ts'
import { searchTermProcessor } from './searchTerms.ts'

const processTerm = searchTermProcessor([['أفريكوم', 'AFRICOM']])
const terms = (query: string) => queryTerms(query, processTerm)

describe('a typed query as search terms', () => {
  it('reads every word but the last as a whole term, the last also as a prefix', () => {
    expect(terms('العلاقات الأمريكية')).toEqual({
      exact: [processTerm('العلاقات')],
      prefixes: [processTerm('الأمريكية')],
    })
  })

  it('reads a one-letter last word only as itself', () => {
    expect(terms('العلاقات و')).toEqual({ exact: [processTerm('العلاقات'), 'و'], prefixes: [] })
  })

  it('drops repeated words, and the words repeating the last', () => {
    expect(terms('AFRICOM أفريكوم علاقة')).toEqual({
      exact: [processTerm('أفريكوم')],
      prefixes: [processTerm('علاقة')],
    })
    expect(terms('علاقة علاقات')).toEqual({ exact: [], prefixes: [processTerm('علاقة')] })
  })

  it('tries a half-typed word also without its article, which the stemmer keeps on short words', () => {
    expect(terms('الحك').prefixes).toEqual(['الحك', 'حك'])
    expect(terms('والجز').prefixes).toEqual(['الجز', 'جز'])
    expect(terms('الحكو').prefixes).toEqual(['حكو'])
  })

  it('is empty for a query of spaces and punctuation', () => {
    expect(isEmptyQuery(terms(' ،. '))).toBe(true)
  })

  it('accepts a displayed word’s term when the query names it or its last word starts it', () => {
    const query = terms('الجزائر أفريك')
    expect(acceptsTerm(query, processTerm('والجزائر') ?? '')).toBe(true)
    expect(acceptsTerm(query, processTerm('الأفريكوم') ?? '')).toBe(true)
    expect(acceptsTerm(query, processTerm('تونس') ?? '')).toBe(false)
  })
})
