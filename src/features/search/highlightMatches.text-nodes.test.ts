// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { searchTermProcessor } from '../../core/search/searchTerms.ts'
import { matchRanges } from './highlightMatches.ts'
import { matchSpans } from './matchSpans.ts'

const processTerm = searchTermProcessor([['أفريكوم', 'AFRICOM']])
const terms = (...words: string[]) => new Set(words.map((w) => processTerm(w) ?? ''))

describe('where a search matched in displayed text', () => {
  it('spans whole original words, tashkeel and Persian letters included, and leaves the text alone', () => {
    const text = 'القواتُ الأمیرکیة والعلاقات'
    const spans = matchSpans(text, terms('الأميركية', 'علاقة'), processTerm)
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['الأمیرکیة', 'والعلاقات'])
  })

  it('maps matches across the text nodes of a paragraph whose Latin runs sit in <bdi>', () => {
    const p = document.createElement('p')
    p.append('قائد الأفريكوم ', Object.assign(document.createElement('bdi'), { textContent: 'AFRICOM 86' }), ' في إفريقيا')
    const ranges = matchRanges(p, terms('AFRICOM', '٨٦'), processTerm)
    expect(ranges.map((range) => range.toString())).toEqual(['الأفريكوم', 'AFRICOM', '86'])
    expect(ranges[1]?.startContainer.parentElement?.tagName).toBe('BDI')
    expect(p.textContent).toBe('قائد الأفريكوم AFRICOM 86 في إفريقيا')
  })

  it('marks nothing when nothing matched', () => {
    const p = document.createElement('p')
    p.textContent = 'نص لا علاقة له'
    expect(matchRanges(p, new Set(), processTerm)).toEqual([])
  })
})
