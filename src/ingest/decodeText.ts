/**
 * Bytes → text. Scraped pages arrive as UTF-8 (with or without a BOM), sometimes as UTF-16 or as
 * Windows-1256 (the legacy Arabic code page), and now and then as something that is not text at
 * all (an image saved with a .txt name). Pure: no I/O.
 */

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
const UTF16_HIGH_BYTES = new Set([0x00, 0x06])
const UTF16_HIGH_SHARE = 0.9
const UTF16_MIN_SAMPLE = 16

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
    if (UTF16_HIGH_BYTES.has(sample[i] ?? -1)) high++
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

export function decodeText(bytes: Uint8Array): DecodedText {
  for (const bom of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, bom.bytes)) {
      return { ok: true, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length)), warnings: [] }
    }
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes))
  if (signature) return { ok: false, reason: `binary file (${signature.name}), not a text page` }

  const sample = bytes.subarray(0, SNIFF_BYTES)
  const utf16 = guessUtf16WithoutBom(sample)
  if (utf16) {
    return {
      ok: true,
      text: new TextDecoder(utf16).decode(bytes),
      warnings: [`decoded as ${utf16.toUpperCase()} without a byte-order mark`],
    }
  }
  const share = controlShare(sample)
  if (share > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file (${Math.round(share * 100)}% control bytes), not a text page` }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] }
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1256').decode(bytes),
      warnings: ['not valid UTF-8; decoded as Windows-1256 (Arabic): check the text reads correctly'],
    }
  }
}
