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
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]))).toEqual({
      ok: true,
      text: ARABIC,
      warnings: [],
    })
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

  it('treats a stray NUL in a text file as noise, not as binary, and says it was removed', () => {
    const text = `${ARABIC}\u0000${ARABIC} ${ARABIC}`
    expect(decodeText(Buffer.from(text))).toEqual({
      ok: true,
      text,
      warnings: [expect.stringMatching(/^1 NUL character removed from the text: .*compare it with its source/)],
    })
  })

  it('reads damaged UTF-8 as UTF-8: drops the bad bytes and says where, instead of garbling it as Windows-1256', () => {
    const good = Buffer.from(`${ARABIC} ${ARABIC} ${ARABIC}`)
    const damaged = Buffer.concat([good.subarray(0, 10), Buffer.from([0x80]), good.subarray(10)])
    const decoded = decodeText(damaged)
    expect(decoded).toEqual({
      ok: true,
      text: `${ARABIC} ${ARABIC} ${ARABIC}`,
      warnings: [
        expect.stringMatching(
          /^1 byte that is not valid UTF-8 dropped \(the first at byte 10\): .*save it again as UTF-8/,
        ),
      ],
    })
  })

  it('drops a last character cut in half, with a warning that the file may be cut short', () => {
    const cut = Buffer.from(`${ARABIC} ${ARABIC}`).subarray(0, -1)
    const decoded = decodeText(cut)
    expect(decoded).toEqual({
      ok: true,
      text: `${ARABIC} ${ARABIC}`.slice(0, -1),
      warnings: [expect.stringMatching(/ends in the middle of a character/)],
    })
  })

  it('says what to do with a binary file', () => {
    expect(decodeText(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toEqual({
      ok: false,
      reason: expect.stringMatching(/JPEG image.*: remove it from the input folder/),
    })
  })

  it('decodes an empty file to empty text (the page parser rejects it)', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', warnings: [] })
  })
})
