import { describe, expect, it } from 'vitest'
import { decodeText } from './decodeText.ts'

const ARABIC = 'العلاقات العراقية الأمريكية'

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = Buffer.from(text, 'utf16le')
  if (endian === 'be') units.swap16()
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return bom ? Buffer.concat([Buffer.from(mark), units]) : units
}

describe('decodeText', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(ARABIC))).toEqual({ ok: true, text: ARABIC, warnings: [] })
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]))).toEqual({ ok: true, text: ARABIC, warnings: [] })
  })

  it('decodes UTF-16 LE and BE from their byte-order marks', () => {
    expect(decodeText(utf16(ARABIC, 'le', true))).toEqual({ ok: true, text: ARABIC, warnings: [] })
    expect(decodeText(utf16(ARABIC, 'be', true))).toEqual({ ok: true, text: ARABIC, warnings: [] })
  })

  it('recognizes UTF-16 without a BOM, with a warning', () => {
    const decoded = decodeText(utf16(ARABIC, 'le', false))
    expect(decoded).toMatchObject({ ok: true, text: ARABIC })
    expect(decoded.ok && decoded.warnings[0]).toMatch(/UTF-16LE/)
  })

  it('falls back to Windows-1256 for invalid UTF-8, with a warning', () => {
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde]) // العراق
    expect(decodeText(cp1256)).toEqual({ ok: true, text: 'العراق', warnings: [expect.stringMatching(/Windows-1256/)] })
  })

  it('rejects images and other binary files, naming what they are', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(decodeText(png)).toEqual({ ok: false, reason: expect.stringMatching(/binary file \(PNG image\)/) })
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    expect(decodeText(noise)).toEqual({ ok: false, reason: expect.stringMatching(/binary file/) })
  })

  it('treats a stray NUL in a text file as noise, not as binary', () => {
    const text = `${ARABIC}\u0000${ARABIC} ${ARABIC}`
    expect(decodeText(Buffer.from(text))).toMatchObject({ ok: true, text })
  })

  it('decodes an empty file to empty text (the page parser rejects it)', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', warnings: [] })
  })
})
