/**
 * Reading time from an Arabic reading rate (docs/ingest.md, "Arabic words"): Arabic is read by characters, not by
 * English words a minute. About 600 characters a minute, counting letters and digits only so
 * tashkeel-heavy or space-padded text does not inflate it.
 */
export const ARABIC_CHARS_PER_MINUTE = 600

const READABLE_RUN = /[\p{L}\p{N}]+/gu
/** A word: letters and digits, with the marks (tashkeel) inside it: `سيُوقَّع` is one word, not three. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
const SURROGATE = /[\uD800-\uDFFF]/

export interface ReadingFigures {
  readonly minutes: number
  readonly words: number
}

/**
 * Minutes and words of an article's paragraphs (the ingest asks both of every article). Letters
 * and digits are counted as code points: a letter outside the BMP is one letter, not its two
 * UTF-16 units; tashkeel is not counted, and does not split a word.
 */
export function readingFigures(paragraphs: readonly string[]): ReadingFigures {
  let chars = 0
  let words = 0
  for (const paragraph of paragraphs) {
    for (const run of paragraph.match(READABLE_RUN) ?? []) chars += SURROGATE.test(run) ? [...run].length : run.length
    words += paragraph.match(WORD)?.length ?? 0
  }
  return { minutes: Math.max(1, Math.round(chars / ARABIC_CHARS_PER_MINUTE)), words }
}

export function readingMinutes(paragraphs: readonly string[]): number {
  return readingFigures(paragraphs).minutes
}

export function wordCount(paragraphs: readonly string[]): number {
  return readingFigures(paragraphs).words
}
