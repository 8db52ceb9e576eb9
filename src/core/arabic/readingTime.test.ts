import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ARABIC_CHARS_PER_MINUTE, readingFigures, readingMinutes, wordCount } from './readingTime.ts'

describe('reading time from an Arabic character rate', () => {
  it('is one minute at least', () => {
    expect(readingMinutes(['قصير'])).toBe(1)
  })

  it('counts letters at about 600 a minute, not English words', () => {
    const paragraph = 'ب'.repeat(ARABIC_CHARS_PER_MINUTE * 3)
    expect(readingMinutes([paragraph])).toBe(3)
  })

  it('ignores tashkeel and spaces', () => {
    const plain = 'كتب '.repeat(600)
    const voweled = 'كَتَبَ    '.repeat(600)
    expect(readingMinutes([voweled])).toBe(readingMinutes([plain]))
  })

  it('counts a letter outside the BMP once, not as its two UTF-16 units', () => {
    expect(readingMinutes(['\u{1D400}'.repeat(ARABIC_CHARS_PER_MINUTE * 1.5 - 1) + ' ب'])).toBe(2)
  })

  it('counts words', () => {
    expect(wordCount(['العراق والولايات المتحدة', 'AFRICOM 2024'])).toBe(5)
  })
})

describe('reading figures', () => {
  it('agree with the minutes and the words asked one at a time', () => {
    const body = ['قال الوزيرُ إنَّ الاتفاق سيُوقَّع غداً.', 'AFRICOM 2024 \u{1D400}\u{1D401} ب', '']
    expect(readingFigures(body)).toEqual({ minutes: readingMinutes(body), words: wordCount(body) })
    expect(readingFigures(['قال الوزير إن الاتفاق سيوقع غدا.', 'AFRICOM 2024 \u{1D400}\u{1D401} ب']).words).toBe(10)
  })

  it('counts a word with tashkeel inside it once', () => {
    expect(wordCount(['قال الوزيرُ إنَّ الاتفاقَ سيُوقَّعُ غداً.'])).toBe(6)
    expect(wordCount(['قال الوزير إن الاتفاق سيوقع غدا.'])).toBe(6)
  })
})

/** The figures as patterns define them: letters and digits counted by code point; a word is a letter or digit, then letters, marks and digits. */
function figuresByPattern(paragraphs: readonly string[]): { minutes: number; words: number } {
  let chars = 0
  let words = 0
  for (const paragraph of paragraphs) {
    for (const run of paragraph.match(/[\p{L}\p{N}]+/gu) ?? [])
      chars += /[\uD800-\uDFFF]/.test(run) ? [...run].length : run.length
    words += paragraph.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)?.length ?? 0
  }
  return { minutes: Math.max(1, Math.round(chars / ARABIC_CHARS_PER_MINUTE)), words }
}

describe('reading figures, counted unit by unit', () => {
  it('agree with the patterns on every BMP unit and on mixed text, surrogates included', () => {
    const differing: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const text = `ب${String.fromCharCode(code)}ب ${String.fromCharCode(code)}`
      if (readingFigures([text]).words !== figuresByPattern([text]).words) differing.push(code)
      // 899 letters and this unit: two minutes if it is read (900 characters), one if not.
      const counted = ['ب'.repeat(ARABIC_CHARS_PER_MINUTE * 1.5 - 1) + String.fromCharCode(code)]
      if (readingFigures(counted).minutes !== figuresByPattern(counted).minutes) differing.push(code)
    }
    expect(differing).toEqual([])
    const arabicish = fc.string({
      unit: fc.constantFrom('ب', 'َ', 'ّ', ' ', '.', '١', 'A', '\u{1D400}', '\u0301', '\uD800', '\uDC00', 'ـ'),
    })
    fc.assert(
      fc.property(fc.array(fc.oneof(arabicish, fc.string({ unit: 'binary' }))), (paragraphs) => {
        const long = paragraphs.map((p) => p.repeat(20))
        expect(readingFigures(long)).toEqual(figuresByPattern(long))
      }),
      { numRuns: 1000 },
    )
  })
})
