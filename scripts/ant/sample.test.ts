import { describe, expect, it } from 'vitest'
import type { AntDoc } from './antDoc.ts'
import { antDateLine, chooseByLength, samplePage } from './sample.ts'

function doc(docNo: string, words: number): AntDoc {
  return {
    docNo,
    url: '',
    source: 'Jawhara FM',
    category: 'sport',
    title: 'فريق الحي يفوز بالكأس الوطنية',
    time: '21/01/2017',
    author: '',
    paragraphs: [Array.from({ length: words }, () => 'كلمة').join(' ')],
  }
}

describe('the ANT sample converter', () => {
  it("writes both of ANT's date forms as the outlet does", () => {
    expect(antDateLine('21/01/2017')).toBe('السبت 21 جانفي 2017')
    expect(antDateLine('2017-04-15T09:00:00+01:00')).toBe('السبت 15 أفريل 2017')
    expect(antDateLine('غدا')).toBeNull()
  })
  it('writes title, date, paragraphs, source and category lines', () => {
    expect(samplePage(doc('JA-sport-1', 3))?.split('\n')).toEqual([
      'فريق الحي يفوز بالكأس الوطنية',
      'السبت 21 جانفي 2017',
      'كلمة كلمة كلمة',
      'المصدر: جوهرة أف أم',
      'كلمات دلالية: رياضة',
      '',
    ])
  })
  it('takes a third of its choice from the short, middle and long articles', () => {
    const docs = Array.from({ length: 30 }, (_, i) => doc(`JA-sport-${i}`, 10 + i))
    const lengths = chooseByLength(docs, 6).map((d) => d.paragraphs[0]?.split(' ').length ?? 0)
    expect(lengths).toHaveLength(6)
    expect(lengths.filter((n) => n < 20)).toHaveLength(2)
    expect(lengths.filter((n) => n >= 30)).toHaveLength(2)
    expect(chooseByLength([...docs].reverse(), 6)).toEqual(chooseByLength(docs, 6))
  })
})
