/** Text → bytes in the encodings scraped pages arrive in, for writing hostile test files. */

let windows1256: Map<string, number> | undefined

/** Windows-1256, built from the platform's own decoder so the corpus and the ingest agree byte for byte. */
export function encodeWindows1256(text: string): Uint8Array {
  if (!windows1256) {
    const decoder = new TextDecoder('windows-1256')
    windows1256 = new Map()
    for (let b = 0; b < 256; b++) windows1256.set(decoder.decode(Uint8Array.of(b)), b)
  }
  const table = windows1256
  return Uint8Array.from([...text], (ch) => {
    const b = table.get(ch)
    if (b === undefined) throw new Error(`no Windows-1256 byte for U+${(ch.codePointAt(0) ?? 0).toString(16)}`)
    return b
  })
}

/** UTF-16 with its byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const units = Buffer.from(text, 'utf16le')
  if (endian === 'be') units.swap16()
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), units])
}
