import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordsIn } from './wordsIn.ts'

const splitCount = (text: string) => text.split(/\s+/u).filter(Boolean).length

describe('wordsIn', () => {
  it('counts the words of Arabic lines with any white space between them', () => {
    expect(wordsIn('قال الوزير  إن\u00a0الاتفاق\tسيوقع\u2009غدا ')).toBe(6)
    expect(wordsIn('')).toBe(0)
    expect(wordsIn(' \u3000\ufeff ')).toBe(0)
  })

  it('agrees with splitting on \\s for any text', () => {
    const unit = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2002',
      '\u200b',
      '\u202f',
      '\ufeff',
      'ب',
      'a',
      '1',
      '،',
      '\u0651',
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('')
        expect(wordsIn(text)).toBe(splitCount(text))
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(wordsIn(text)).toBe(splitCount(text))
      }),
    )
  })
})
