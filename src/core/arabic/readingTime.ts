/**
 * Reading time from an Arabic reading rate (docs/ingest.md, "Arabic words"): Arabic is read by characters, not by
 * English words a minute. About 600 characters a minute, counting letters and digits only so
 * tashkeel-heavy or space-padded text does not inflate it.
 */
export const ARABIC_CHARS_PER_MINUTE = 600

const READABLE = /[\p{L}\p{N}]/gu
const READABLE_RUN = /[\p{L}\p{N}]+/gu
const SURROGATE = /[\uD800-\uDFFF]/

/** Letters and digits (code points) in a paragraph: the units of its words, unless a character outside the BMP needs counting one by one. */
function readableCharacters(paragraph: string): number {
  if (SURROGATE.test(paragraph)) return paragraph.match(READABLE)?.length ?? 0
  let count = 0
  for (const run of paragraph.match(READABLE_RUN) ?? []) count += run.length
  return count
}

export function readingMinutes(paragraphs: readonly string[]): number {
  const chars = paragraphs.reduce((sum, p) => sum + readableCharacters(p), 0)
  return Math.max(1, Math.round(chars / ARABIC_CHARS_PER_MINUTE))
}

export function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
}
