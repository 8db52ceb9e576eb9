/** normalize replaces only the characters that fold; every other character must be one foldChar leaves alone. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, normalizeEachCharacter } from './normalize.ts'

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
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => normalize(text) === normalizeEachCharacter(text)), { numRuns: 2000 })
    expect(normalize('الإمارات ΣΑΣ ١٢ AFRICOM\uD800')).toBe(normalizeEachCharacter('الإمارات ΣΑΣ ١٢ AFRICOM\uD800'))
  })
})
