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
