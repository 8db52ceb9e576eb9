/**
 * Reading time from an Arabic reading rate (docs/ingest.md, "Arabic words"): Arabic is read by characters, not by
 * English words a minute. About 600 characters a minute, counting letters and digits only so
 * tashkeel-heavy or space-padded text does not inflate it.
 */
export const ARABIC_CHARS_PER_MINUTE = 600

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const MARK = /\p{M}/u
/** A unit's class: anything else separates words. */
const OTHER = 0
/** A letter or a digit: counted, and starts or continues a word. */
const READABLE = 1
/** Tashkeel and other marks: not counted, and continue a word without starting one. */
const MARK_UNIT = 2

function classOf(char: string): number {
  return LETTER_OR_DIGIT.test(char) ? READABLE : MARK.test(char) ? MARK_UNIT : OTHER
}

/**
 * Each BMP unit's class, made on first use (65,536 pattern tests, about 20 ms a thread): the ingest
 * asks the figures of every article, and matching the text with patterns took about 6% of its parse.
 */
let bmpClasses: Uint8Array | null = null
function bmpTable(): Uint8Array {
  if (bmpClasses) return bmpClasses
  const table = new Uint8Array(0x10000)
  for (let code = 0; code < 0x10000; code++)
    if (code < 0xd800 || code > 0xdfff) table[code] = classOf(String.fromCharCode(code))
  bmpClasses = table
  return table
}

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
  const table = bmpTable()
  let chars = 0
  let words = 0
  for (const paragraph of paragraphs) {
    let inWord = false
    for (let i = 0; i < paragraph.length; i++) {
      const unit = paragraph.charCodeAt(i)
      let kind = table[unit] as number
      if (unit >= 0xd800 && unit <= 0xdfff) {
        // A pair is one code point outside the BMP; a lone surrogate is nothing readable.
        const code = paragraph.codePointAt(i) as number
        kind = code > 0xffff ? classOf(String.fromCodePoint(code)) : OTHER
        if (code > 0xffff) i++
      }
      if (kind === READABLE) {
        chars++
        if (!inWord) words++
        inWord = true
      } else if (kind === OTHER) inWord = false
    }
  }
  return { minutes: Math.max(1, Math.round(chars / ARABIC_CHARS_PER_MINUTE)), words }
}

export function readingMinutes(paragraphs: readonly string[]): number {
  return readingFigures(paragraphs).minutes
}

export function wordCount(paragraphs: readonly string[]): number {
  return readingFigures(paragraphs).words
}
