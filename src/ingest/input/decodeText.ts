/**
 * Bytes → text. Scraped pages arrive as UTF-8 (with or without a BOM), sometimes as UTF-16 or as
 * Windows-1256 (the legacy Arabic code page), and now and then as something that is not text at
 * all (an image saved with a .txt name). Pure: no I/O. Every rejection reason and warning says what
 * the editor should do about it.
 */
import { isUtf8 } from 'node:buffer'
import { utf8Validity } from './utf8Validity.ts'

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string }

/** Signatures of binary formats that turn up in scraped folders, named so the reason says what it is. */
const BINARY_SIGNATURES: ReadonlyArray<{ readonly name: string; readonly bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'legacy Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
]

const BYTE_ORDER_MARKS = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
] as const

/** How much of the file the text/binary sniffing looks at. */
const SNIFF_BYTES = 64 * 1024
/** A file whose sniffed bytes are more than this share of control bytes is binary, not noisy text. */
const MAX_CONTROL_SHARE = 0.05
/**
 * UTF-16 without a BOM: the high byte of nearly every code unit is 0x00 (Latin, digits, spaces) or
 * 0x06 (the Arabic block), so one byte parity is almost all 0x00/0x06 and the other is not.
 */
const UTF16_HIGH_SHARE = 0.9
const UTF16_MIN_SAMPLE = 16
/**
 * Bytes that are not UTF-8 in a file that is otherwise well-formed UTF-8 are damage, not another
 * encoding: Windows-1256 Arabic text makes almost no valid multi-byte sequence, so a file with at
 * least this many valid sequences per invalid byte is read as UTF-8 with the damaged bytes dropped.
 */
const MOSTLY_UTF8_RATIO = 10
/** Control characters cleanText removes (C0 other than tab and line breaks, and DEL). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const REMOVE_BINARY = 'remove it from the input folder (only text pages can be ingested)'

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b)
}

/** C0 controls other than tab, LF, VT, FF, CR, plus DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f
}

function highByteShare(sample: Uint8Array, parity: 0 | 1): number {
  let total = 0
  let high = 0
  for (let i = parity; i < sample.length; i += 2) {
    total++
    const b = sample[i]
    if (b === 0x00 || b === 0x06) high++
  }
  return total === 0 ? 0 : high / total
}

function guessUtf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < UTF16_MIN_SAMPLE) return null
  const even = highByteShare(sample, 0)
  const odd = highByteShare(sample, 1)
  if (odd >= UTF16_HIGH_SHARE && even < UTF16_HIGH_SHARE) return 'utf-16le'
  if (even >= UTF16_HIGH_SHARE && odd < UTF16_HIGH_SHARE) return 'utf-16be'
  return null
}

function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0
  let controls = 0
  for (const b of sample) if (isControlByte(b)) controls++
  return controls / sample.length
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** A stray NUL or control byte in a text file is noise to strip (docs/ingest.md, input/), but the editor should know. */
function withControlWarning(text: string, warnings: readonly string[]): DecodedText {
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0
  if (controls === 0) return { ok: true, text, warnings }
  const names = controls === 1 && text.includes('\u0000') ? 'NUL character' : 'control character'
  return {
    ok: true,
    text,
    warnings: [
      ...warnings,
      `${plural(controls, names)} removed from the text: the file may be damaged there; compare it with its source`,
    ],
  }
}

/** Well-formed UTF-8, or UTF-8 with some damage (dropped, with a warning), or null: not UTF-8 at all. */
function decodeUtf8(bytes: Uint8Array): DecodedText | null {
  // Nearly every page is well-formed: the native check says so at once; damage is measured byte by byte.
  if (isUtf8(bytes)) return withControlWarning(new TextDecoder('utf-8').decode(bytes), [])
  const validity = utf8Validity(bytes)
  if (validity.invalid === 0 && validity.truncatedTail === 0)
    return withControlWarning(new TextDecoder('utf-8').decode(bytes), [])
  if (validity.multibyte < MOSTLY_UTF8_RATIO * validity.invalid) return null
  const warnings: string[] = []
  if (validity.invalid > 0) {
    warnings.push(
      `${validity.invalid === 1 ? '1 byte that is' : `${validity.invalid} bytes that are`} not valid UTF-8 dropped (the first at byte ${validity.firstInvalidAt}): ` +
        'the file is damaged; save it again as UTF-8 from its source to be sure no text is missing',
    )
  }
  if (validity.truncatedTail > 0) {
    warnings.push(
      'the file ends in the middle of a character (cut short when saved?): the partial character was dropped; check the end of the page is all there',
    )
  }
  // Invalid sequences decode to U+FFFD; they carry no text, so they are dropped rather than shown as �.
  const text = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, bytes.length - validity.truncatedTail))
    .replace(/\uFFFD/g, '')
  return withControlWarning(text, warnings)
}

export function decodeText(bytes: Uint8Array): DecodedText {
  for (const bom of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, bom.bytes)) {
      const rest = bytes.subarray(bom.bytes.length)
      return bom.encoding === 'utf-8'
        ? (decodeUtf8(rest) ?? withControlWarning(new TextDecoder('utf-8').decode(rest), []))
        : withControlWarning(new TextDecoder(bom.encoding).decode(rest), [])
    }
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes))
  if (signature) return { ok: false, reason: `binary file (${signature.name}), not a text page: ${REMOVE_BINARY}` }

  const sample = bytes.subarray(0, SNIFF_BYTES)
  const utf16 = guessUtf16WithoutBom(sample)
  if (utf16) {
    return withControlWarning(new TextDecoder(utf16).decode(bytes), [
      `decoded as ${utf16.toUpperCase()} without a byte-order mark: check the text reads correctly, or save the file as UTF-8`,
    ])
  }
  const share = controlShare(sample)
  if (share > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      reason: `binary file (${Math.round(share * 100)}% control bytes), not a text page: ${REMOVE_BINARY}`,
    }
  }
  return (
    decodeUtf8(bytes) ??
    withControlWarning(new TextDecoder('windows-1256').decode(bytes), [
      'not valid UTF-8; decoded as Windows-1256 (Arabic): check the text reads correctly, or save the file as UTF-8',
    ])
  )
}
