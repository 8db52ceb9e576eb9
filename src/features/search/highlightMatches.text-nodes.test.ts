// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { queryTerms } from '@/core/search/searchQuery.ts'
import { searchTermProcessor } from '@/core/search/searchTerms.ts'
import { matchRanges } from './highlightMatches.ts'
import { matchSpans } from './matchSpans.ts'

const processTerm = searchTermProcessor([['أفريكوم', 'AFRICOM']])
const query = (text: string) => queryTerms(text, processTerm)

/** The text a range covers (a StaticRange has no toString of its own). */
function textOf(range: StaticRange): string {
  const live = document.createRange()
  live.setStart(range.startContainer, range.startOffset)
  live.setEnd(range.endContainer, range.endOffset)
  return live.toString()
}

describe('where a search matched in displayed text', () => {
  it('spans whole original words, tashkeel and Persian letters included, and leaves the text alone', () => {
    const text = 'القواتُ الأمیرکیة والعلاقات'
    const spans = matchSpans(text, query('الأميركية علاقة'), processTerm)
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['الأمیرکیة', 'والعلاقات'])
  })

  it('marks every word the last, half-typed word starts, and only those', () => {
    const text = 'العلاقات بين البلدين وعلاقتهما والعلم'
    const spans = matchSpans(text, query('العلا'), processTerm)
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['العلاقات', 'وعلاقتهما'])
  })

  it('maps matches across the text nodes of a paragraph whose Latin runs sit in <bdi>', () => {
    const p = document.createElement('p')
    p.append(
      'قائد الأفريكوم ',
      Object.assign(document.createElement('bdi'), { textContent: 'AFRICOM 86' }),
      ' في إفريقيا',
    )
    const ranges = matchRanges(p, query('٨٦ AFRICOM'), processTerm)
    expect(ranges.map(textOf)).toEqual(['الأفريكوم', 'AFRICOM', '86'])
    expect(ranges[1]?.startContainer.parentElement?.tagName).toBe('BDI')
    expect(p.textContent).toBe('قائد الأفريكوم AFRICOM 86 في إفريقيا')
  })

  it('marks nothing when nothing matched', () => {
    const p = document.createElement('p')
    p.textContent = 'نص لا علاقة له'
    expect(matchRanges(p, query(''), processTerm)).toEqual([])
    expect(matchRanges(p, query('زلزال'), processTerm)).toEqual([])
  })
})
