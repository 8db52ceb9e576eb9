/**
 * Which of an article's text lines is its title. Usually the first; but a page may open with a
 * short kicker (over-title) above the title, or have no title at all and start with the
 * dateline-led first paragraph, in which case a title is made from that paragraph's first words.
 */
import { parseDateline } from './parseDateline.ts'

export interface TitleChoice {
  readonly title: string
  /** Index (among the text lines) of the first body paragraph. */
  readonly bodyStart: number
  /** True when the page has no title line and the title was cut from the first paragraph. */
  readonly synthesized: boolean
}

/** Shapes that tell a title from a paragraph (in words). */
export const TITLE_SHAPE = {
  /** A kicker is a few words above the title (`خاص`, `تقرير`, `بالفيديو`, `عاجل`…). */
  maxKickerWords: 4,
  /** A kicker this short (`عاجل`, `خاص`) is one even over a short first paragraph. */
  maxBareKickerWords: 2,
  maxTitleWords: 30,
  /** A line this long, or a dateline-led line this long, is a paragraph, not a title. */
  minParagraphWords: 40,
  minDatelineParagraphWords: 12,
  /** Below a kicker and a title, the first paragraph is at least this long (or dateline-led). */
  minFirstParagraphWords: 20,
  /** A synthesized title stops at the first sentence end or at this many words. */
  synthesizedTitleWords: 14,
  /** A line that ends a sentence, or holds two, is a paragraph from this many words. */
  minSentenceParagraphWords: 12,
  /** A title broken over two lines: the second line is at most this long. */
  maxTitleContinuationWords: 10,
} as const

const SENTENCE_END = /[.!؟?…]["”»']?$/u
/** A sentence end followed by more text: the line holds two sentences. */
const INNER_SENTENCE_END = /[.!؟?]["”»']?\s+\S/u

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean)
}

function looksLikeParagraph(line: string): boolean {
  const count = words(line).length
  if (count >= TITLE_SHAPE.minParagraphWords) return true
  if (count < TITLE_SHAPE.minSentenceParagraphWords) return false
  return SENTENCE_END.test(line) || INNER_SENTENCE_END.test(line) || parseDateline(line) !== null
}

function opensBody(line: string | undefined): boolean {
  return line !== undefined && (words(line).length >= TITLE_SHAPE.minFirstParagraphWords || parseDateline(line) !== null)
}

/** `وزارة الصحة تطلق حملة للتطعيم` / `في المدارس الابتدائية`, then the first paragraph. */
function isTwoLineTitle(first: string, second: string | undefined, third: string | undefined): second is string {
  if (second === undefined || !looksLikeTitle(first) || !looksLikeTitle(second) || /[:：]$/u.test(first)) return false
  const secondWords = words(second).length
  return (
    secondWords <= TITLE_SHAPE.maxTitleContinuationWords &&
    words(first).length + secondWords <= TITLE_SHAPE.maxTitleWords &&
    parseDateline(second) === null &&
    third !== undefined &&
    (opensBody(third) || looksLikeParagraph(third))
  )
}

function looksLikeTitle(line: string): boolean {
  return words(line).length <= TITLE_SHAPE.maxTitleWords && !SENTENCE_END.test(line) && !looksLikeParagraph(line)
}

function titleFromParagraph(paragraph: string): string {
  const text = parseDateline(paragraph)?.rest || paragraph
  // The first sentence with a letter or digit in it: a paragraph may open with a stray `.` (found by fuzzing).
  const sentence = text.split(/(?<=[.!؟?])\s/u).find((s) => /[\p{L}\p{N}]/u.test(s)) ?? text
  const cut = words(sentence)
  const title = cut.length <= TITLE_SHAPE.synthesizedTitleWords ? sentence.replace(/[.،,:؛]$/u, '') : `${cut.slice(0, TITLE_SHAPE.synthesizedTitleWords).join(' ')}…`
  // Never empty: the contract requires a title, and one bad page must not fail the run.
  return title.trim() || paragraph.slice(0, 80)
}

/** Lines that are all headlines (a read-also list of links): two or more, none reading like a paragraph. */
export function isHeadlineList(textLines: readonly string[]): boolean {
  return (
    textLines.length >= 2 &&
    textLines.every((line) => looksLikeTitle(line) && words(line).length < TITLE_SHAPE.minSentenceParagraphWords + 6 && parseDateline(line) === null)
  )
}

export function readTitle(textLines: readonly string[]): TitleChoice {
  const [first = '', second, third] = textLines
  if (looksLikeParagraph(first)) return { title: titleFromParagraph(first), bodyStart: 0, synthesized: true }
  const isKicker =
    words(first).length <= TITLE_SHAPE.maxKickerWords &&
    !SENTENCE_END.test(first) &&
    second !== undefined &&
    looksLikeTitle(second) &&
    third !== undefined &&
    (opensBody(third) || (words(first).length <= TITLE_SHAPE.maxBareKickerWords && looksLikeParagraph(third)))
  if (isKicker && second !== undefined) return { title: second, bodyStart: 2, synthesized: false }
  if (isTwoLineTitle(first, second, third)) return { title: `${first} ${second}`, bodyStart: 2, synthesized: false }
  return { title: first, bodyStart: 1, synthesized: false }
}
