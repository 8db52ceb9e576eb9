import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalize, normalizeWithMap } from './normalize.ts'

describe('normalize folds letters for matching', () => {
  it.each([
    ['آ', 'ا'],
    ['أ', 'ا'],
    ['إ', 'ا'],
    ['ٱ', 'ا'],
    ['ى', 'ي'],
    ['ة', 'ه'],
  ])('%s → %s', (from, to) => {
    expect(normalize(from)).toBe(to)
  })

  it('folds Persian letters into Arabic ones: ی → ي, ک → ك, گ → ك', () => {
    expect(normalize('ی')).toBe('ي')
    expect(normalize('ک')).toBe('ك')
    expect(normalize('گ')).toBe('ك')
    expect(normalize('الأمیرکیة')).toBe(normalize('الأميركية'))
  })

  it('makes spelling variants of hamza, alef maqsura and ta marbuta meet', () => {
    expect(normalize('إلى مصطفى')).toBe('الي مصطفي')
    expect(normalize('العلاقة')).toBe('العلاقه')
    expect(normalize('آذار')).toBe(normalize('اذار'))
  })
})

describe('normalize drops what does not change a word', () => {
  it('drops tatweel', () => {
    expect(normalize('العـــراق')).toBe('العراق')
  })

  it('drops every tashkeel mark U+064B–U+065F and the superscript alef U+0670', () => {
    for (let code = 0x064b; code <= 0x065f; code++) {
      expect(normalize(`ك${String.fromCharCode(code)}تب`)).toBe('كتب')
    }
    expect(normalize('هٰذا')).toBe('هذا')
    expect(normalize('العِرَاقُ')).toBe('العراق')
  })

  it('drops zero-width, bidi control and BOM characters', () => {
    for (const ch of [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202E',
      '\u2066',
      '\u2069',
      '\uFEFF',
    ]) {
      expect(normalize(`بغ${ch}داد`)).toBe('بغداد')
    }
  })

  it('turns no-break spaces into spaces', () => {
    expect(normalize('بغداد\u00A0وواشنطن')).toBe('بغداد وواشنطن')
    expect(normalize('بغداد\u202Fوواشنطن')).toBe('بغداد وواشنطن')
  })
})

describe('normalize digits and Latin', () => {
  it('maps Arabic-Indic digits to 0–9', () => {
    expect(normalize('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789')
  })

  it('maps Persian digits to 0–9', () => {
    expect(normalize('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789')
  })

  it('case-folds Latin', () => {
    expect(normalize('AFRICOM و NATO')).toBe('africom و nato')
  })
})

describe('normalize properties', () => {
  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => normalize(normalize(text)) === normalize(text)),
      { numRuns: 2000 },
    )
  })

  it('is idempotent on Arabic-heavy text', () => {
    const arabicChar = fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c))
    fc.assert(
      fc.property(fc.array(arabicChar, { maxLength: 60 }), (chars) => {
        const text = chars.join('')
        return normalize(normalize(text)) === normalize(text)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('normalizeWithMap maps matches back to the original characters', () => {
  it('points each normalized unit at its source character', () => {
    const original = 'العَـلاقات'
    const { normalized, map } = normalizeWithMap(original)
    expect(normalized).toBe('العلاقات')
    const start = normalized.indexOf('علاقات')
    const end = start + 'علاقات'.length
    expect(original.slice(map[start], map[end])).toBe('عَـلاقات')
  })

  it('agrees with normalize and ends with the original length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { normalized, map } = normalizeWithMap(text)
        return normalized === normalize(text) && map.length === normalized.length + 1 && map.at(-1) === text.length
      }),
    )
  })
})
