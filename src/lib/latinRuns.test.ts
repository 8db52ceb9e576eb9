import { describe, expect, it } from 'vitest'
import { splitLatinRuns } from './latinRuns.ts'

const latin = (text: string) =>
  splitLatinRuns(text)
    .filter((part) => part.latin)
    .map((part) => part.text)

describe('splitLatinRuns', () => {
  it('finds Latin names, ISO dates and URLs inside Arabic text', () => {
    expect(latin('أعلنت قيادة AFRICOM يوم 2024-09-24 عبر https://example.org/news/42 أمس.')).toEqual([
      'AFRICOM',
      '2024-09-24',
      'https://example.org/news/42',
    ])
  })

  it('keeps a Latin phrase of several words as one run, and leaves sentence punctuation out', () => {
    expect(latin('قالت US Africa Command، في بيان.')).toEqual(['US Africa Command'])
    expect(latin('بلغ العدد 1,500 جندي.')).toEqual(['1,500'])
  })

  it('treats Arabic-Indic digit dates like Latin ones', () => {
    expect(latin('في ٢٠٢٤-٠٩-٢٤ وصل الوفد')).toEqual(['٢٠٢٤-٠٩-٢٤'])
  })

  it('never changes the text', () => {
    for (const text of ['', 'نص عربي فقط', 'AFRICOM', ' 12 - 13 ', 'a-b-', '-x- ،NATO،']) {
      expect(
        splitLatinRuns(text)
          .map((part) => part.text)
          .join(''),
      ).toBe(text)
    }
  })
})
