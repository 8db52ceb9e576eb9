/** normalize replaces only the characters that fold; every other character must be one foldChar leaves alone. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, normalizeEachCharacter, normalizeWithMap, normalizeWithMapEachCharacter } from './normalize.ts'

describe('normalize fast path', () => {
  it('agrees with character-by-character folding on every code point', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const ch = String.fromCodePoint(code)
      if (normalize(ch) !== normalizeEachCharacter(ch)) differing.push(code)
    }
    expect(differing).toEqual([])
  })

  it('agrees on mixed text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => normalize(text) === normalizeEachCharacter(text)),
      { numRuns: 2000 },
    )
    expect(normalize('الإمارات ΣΑΣ ١٢ AFRICOM\uD800')).toBe(normalizeEachCharacter('الإمارات ΣΑΣ ١٢ AFRICOM\uD800'))
  })

  it('maps back to the original characters exactly as character-by-character folding does', () => {
    for (let code = 0; code <= 0x10ffff; code += code < 0x3000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const text = `ب${String.fromCodePoint(code)}ة`
      expect(normalizeWithMap(text), String(code)).toEqual(normalizeWithMapEachCharacter(text))
    }
    const arabicish = fc.string({
      unit: fc.constantFrom('ا', 'أ', 'ة', 'ـ', 'َ', 'ی', '١', 'A', 'İ', ' ', '\u200C', '𐐀', '\uD800'),
    })
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary' })), (text) => {
        expect(normalizeWithMap(text)).toEqual(normalizeWithMapEachCharacter(text))
      }),
      { numRuns: 2000 },
    )
  })
})
