/** Tashkeel and tatweel: marks one page writes on a name and the next leaves off. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu

/**
 * Display text without tashkeel or tatweel, letters and hamza kept as written: an outlet's name
 * read from a line is compared and grouped across pages (`الرَّائِد` and `الرائد` are one outlet).
 */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '')
}
