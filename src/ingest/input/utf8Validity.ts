/**
 * How well a byte string reads as UTF-8, in one linear pass: how many well-formed multi-byte
 * characters, how many bytes that cannot be UTF-8, and whether the file stops in the middle of a
 * character. It separates a UTF-8 page with a few damaged bytes (decode it, drop the damage, warn)
 * from a page in a legacy code page such as Windows-1256, where almost no byte pair is valid UTF-8.
 */

export interface Utf8Validity {
  /** Well-formed sequences of 2–4 bytes (each is one non-ASCII character). */
  readonly multibyte: number
  /** Bytes that start no well-formed sequence (stray continuation bytes, bad lead bytes, overlongs, surrogates). */
  readonly invalid: number
  /** Offset of the first invalid byte, or -1. */
  readonly firstInvalidAt: number
  /** The last bytes are a well-begun but incomplete sequence: the file was cut short. */
  readonly truncatedTail: number
}

/** Length of the sequence a lead byte announces, with the allowed range of its second byte (RFC 3629 table). */
function sequenceShape(lead: number): { length: number; min: number; max: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, max: 0xbf }
  if (lead === 0xe0) return { length: 3, min: 0xa0, max: 0xbf }
  if (lead === 0xed) return { length: 3, min: 0x80, max: 0x9f } // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, min: 0x80, max: 0xbf }
  if (lead === 0xf0) return { length: 4, min: 0x90, max: 0xbf }
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, min: 0x80, max: 0xbf }
  if (lead === 0xf4) return { length: 4, min: 0x80, max: 0x8f }
  return null
}

export function utf8Validity(bytes: Uint8Array): Utf8Validity {
  let multibyte = 0
  let invalid = 0
  let firstInvalidAt = -1
  let truncatedTail = 0
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    const shape = sequenceShape(lead)
    let length = 0
    if (shape) {
      length = 1
      while (length < shape.length && i + length < bytes.length) {
        const b = bytes[i + length] ?? 0
        const [min, max] = length === 1 ? [shape.min, shape.max] : [0x80, 0xbf]
        if (b < min || b > max) break
        length++
      }
    }
    if (shape && length === shape.length) {
      multibyte++
      i += length
    } else if (shape && i + length === bytes.length) {
      truncatedTail = length // a good start that the end of the file cut off
      i += length
    } else {
      if (firstInvalidAt < 0) firstInvalidAt = i
      invalid++
      i += Math.max(1, length) // resynchronize after the bytes that looked like a start
    }
  }
  return { multibyte, invalid, firstInvalidAt, truncatedTail }
}
