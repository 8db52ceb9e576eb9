import { describe, expect, it } from 'vitest'
import { utf8Validity } from './utf8Validity.ts'

describe('utf8Validity', () => {
  it('counts well-formed multi-byte characters in valid UTF-8', () => {
    expect(utf8Validity(Buffer.from('aب€😀'))).toEqual({
      multibyte: 3,
      invalid: 0,
      firstInvalidAt: -1,
      truncatedTail: 0,
    })
  })

  it('flags stray continuation bytes, bad lead bytes, overlongs and surrogates', () => {
    expect(utf8Validity(Uint8Array.of(0x80)).invalid).toBe(1)
    expect(utf8Validity(Uint8Array.of(0xc0, 0xaf))).toMatchObject({ invalid: 2, firstInvalidAt: 0 }) // overlong '/'
    expect(utf8Validity(Uint8Array.of(0xed, 0xa0, 0x80)).invalid).toBeGreaterThan(0) // a UTF-16 surrogate
    expect(utf8Validity(Uint8Array.of(0x41, 0xf5, 0x80, 0x80, 0x80)).firstInvalidAt).toBe(1)
  })

  it('tells a file cut inside its last character from damage', () => {
    expect(utf8Validity(Buffer.from('بب').subarray(0, 3))).toEqual({
      multibyte: 1,
      invalid: 0,
      firstInvalidAt: -1,
      truncatedTail: 1,
    })
  })

  it('finds almost nothing valid in Windows-1256 Arabic', () => {
    const cp1256 = Uint8Array.of(0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xc7, 0xe1, 0xca, 0xd1, 0xc7)
    const v = utf8Validity(cp1256)
    expect(v.multibyte).toBe(0)
    expect(v.invalid).toBeGreaterThan(5)
  })
})
