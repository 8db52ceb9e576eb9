/**
 * Reading time from an Arabic reading rate (DESIGN §6): Arabic is read by characters, not by
 * English words a minute. About 600 characters a minute, counting letters and digits only so
 * tashkeel-heavy or space-padded text does not inflate it.
 */
export const ARABIC_CHARS_PER_MINUTE = 600

const READABLE = /[\p{L}\p{N}]/gu

export function readingMinutes(paragraphs: readonly string[]): number {
  const chars = paragraphs.reduce((sum, p) => sum + (p.match(READABLE)?.length ?? 0), 0)
  return Math.max(1, Math.round(chars / ARABIC_CHARS_PER_MINUTE))
}

export function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
}
