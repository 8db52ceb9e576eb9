import { describe, expect, it } from 'vitest'
import { stem } from './stem.ts'
import { tokenize } from './tokenize.ts'

function stems(text: string): string[] {
  return tokenize(text).map(stem)
}

describe('light stemmer', () => {
  it('lets العلاقات / علاقات / والعلاقات / علاقة meet', () => {
    const [a, b, c, d] = stems('العلاقات علاقات والعلاقات علاقة')
    expect(new Set([a, b, c, d]).size).toBe(1)
  })

  it('strips the prefixes ال وال بال كال فال لل و', () => {
    const base = stem('حكومه')
    for (const word of ['الحكومة', 'والحكومة', 'بالحكومة', 'كالحكومة', 'فالحكومة', 'للحكومة', 'وحكومة']) {
      expect(stems(word)).toEqual([base])
    }
  })

  it('makes الأمريكية and أمريكي meet', () => {
    expect(stems('الأمريكية')).toEqual(stems('أمريكي'))
  })

  it('keeps the ك of a word that opens with it, and strips كال', () => {
    expect(stems('كلمات كبيرة كثيرا')).toEqual(['كلم', 'كبير', 'كثيرا'])
    expect(stems('كالعلاقات')).toEqual(stems('العلاقات'))
  })

  it('never cuts a word below three letters', () => {
    expect(stem('ولد')).toBe('ولد')
    expect(stem('بلد')).toBe('بلد')
    expect(stem('الي')).toBe('الي')
  })

  it('leaves Latin words and numbers alone', () => {
    expect(stems('AFRICOM 2024')).toEqual(['africom', '2024'])
  })
})

describe('tokenize', () => {
  it('splits on spaces and punctuation, including Arabic quotes and comma', () => {
    expect(tokenize('«العراق»، “واشنطن”: 86 دولة')).toEqual(['العراق', 'واشنطن', '86', 'دوله'])
  })
})
