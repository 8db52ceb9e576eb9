/**
 * Which of an article's text lines is its title. Usually the first; but a page may open with a
 * short kicker (over-title) above the title, or have no title at all and start with the
 * dateline-led first paragraph, in which case a title is made from that paragraph's first words.
 */
import { parseDateline, type Dateline } from './parseDateline.ts'
import { wordsIn } from './wordsIn.ts'

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

/**
 * A sentence end: `.`, `!`, `؟`. Not `..`, `...` or `…`, which Arabic headlines use as a pause
 * (`مفاجأة.. انخفاض الصفقات`), and not the dot of a one-letter abbreviation (`د. الطريفي`).
 */
const SENTENCE_END = /(?<![.…]|(?:^|\s)\p{L})[.!؟?]["”»']?$/u
/** A headline may end in `!` or `؟` (`السجن 18 شهرا لجندي قتل جريحا !`); only a full stop makes a line a sentence. */
const PERIOD_END = /(?<![.…]|(?:^|\s)\p{L})\.["”»']?$/u
/** A sentence end followed by more text: the line holds two sentences. */
const INNER_SENTENCE_END = /(?<![.…]|(?:^|\s)\p{L})[.!؟?](?![.…])["”»']?\s+\S/u
/** Words that carry a headline over to its next line: the second line opens with one, or the first ends with one. */
const CONTINUATION_START =
  /^(?:و|ف|في|من|على|إلى|الى|عن|مع|بعد|قبل|خلال|ضد|حول|بين|عبر|لدى|منذ|حتى|بسبب|رغم|وسط|بشأن|لـ?|بـ?|ل\p{L}|ب\p{L}|أمام|تحت|فوق|دون|إثر|اثر|عقب)(?!\p{L})|^[لب]\p{L}|^و\p{L}/u
const CONTINUATION_END =
  /(?<!\p{L})(?:في|من|على|إلى|الى|عن|مع|بعد|قبل|خلال|ضد|حول|بين|عبر|لدى|و|أو|أن|إن|التي|الذي|بشأن)$/u

export function looksLikeParagraph(line: string): boolean {
  const count = wordsIn(line)
  if (count >= TITLE_SHAPE.minParagraphWords) return true
  if (count < TITLE_SHAPE.minSentenceParagraphWords) return false
  return PERIOD_END.test(line) || INNER_SENTENCE_END.test(line) || opensWithDateline(line)
}

function opensBody(line: string | undefined): boolean {
  return line !== undefined && (wordsIn(line) >= TITLE_SHAPE.minFirstParagraphWords || opensWithDateline(line))
}

/**
 * `وزارة الصحة تطلق حملة للتطعيم` / `في المدارس الابتدائية`: the second line carries the first on
 * (it opens with a preposition or conjunction, or the first ends with one). A second headline-shaped
 * line that stands on its own — a subtitle, a caption, a byline — is not part of the title.
 */
function continuesTitle(first: string, second: string | undefined): second is string {
  if (second === undefined || !looksLikeTitle(first) || !looksLikeTitle(second) || /[:：]$/u.test(first)) return false
  const secondWords = wordsIn(second)
  return (
    secondWords <= TITLE_SHAPE.maxTitleContinuationWords &&
    wordsIn(first) + secondWords <= TITLE_SHAPE.maxTitleWords &&
    parseDateline(second) === null &&
    (CONTINUATION_START.test(second) || CONTINUATION_END.test(first))
  )
}

export function looksLikeTitle(line: string): boolean {
  return wordsIn(line) <= TITLE_SHAPE.maxTitleWords && !PERIOD_END.test(line) && !looksLikeParagraph(line)
}

function titleFromParagraph(paragraph: string): string {
  const text = parseDateline(paragraph)?.rest || paragraph
  // The first sentence with a letter or digit in it: a paragraph may open with a stray `.` (found by fuzzing).
  const sentence = text.split(/(?<=[.!؟?])\s/u).find((s) => /[\p{L}\p{N}]/u.test(s)) ?? text
  const cut = sentence.split(/\s+/u).filter(Boolean)
  const title =
    cut.length <= TITLE_SHAPE.synthesizedTitleWords
      ? sentence.replace(/[.،,:؛]$/u, '')
      : `${cut.slice(0, TITLE_SHAPE.synthesizedTitleWords).join(' ')}…`
  // Never empty: the contract requires a title, and one bad page must not fail the run.
  return title.trim() || paragraph.slice(0, 80)
}

/**
 * Lines that are all headlines (a read-also list of links): two or more, none reading like a
 * paragraph, none opening with a dateline (a headline's place before a colon is no dateline).
 */
export function isHeadlineList(textLines: readonly string[]): boolean {
  return (
    textLines.length >= 2 &&
    textLines.every(
      (line) =>
        looksLikeTitle(line) && wordsIn(line) < TITLE_SHAPE.minSentenceParagraphWords + 6 && !opensWithDateline(line),
    )
  )
}

/** A dateline that opens a paragraph, not a headline's place. */
function opensWithDateline(line: string): boolean {
  const dateline = parseDateline(line)
  return dateline !== null && !isHeadlinePlace(line, dateline)
}

/**
 * A headline names its place before a colon (`القيروان : سجين فارّ في قبضة الشرطة - الوادي`), with
 * no outlet and no full stop, shorter than a first paragraph; a lead signs with a dash or an
 * outlet, or reads on as a sentence.
 */
function isHeadlinePlace(line: string, dateline: Dateline): boolean {
  return (
    dateline.outlet === null &&
    PLACE_COLON.test(line) &&
    !SENTENCE_END.test(line) &&
    wordsIn(line) < TITLE_SHAPE.minFirstParagraphWords
  )
}
const PLACE_COLON = /^[^:：\-–—ـ]{1,40}[:：]/u

/** The line that opens the body: a paragraph by its shape, a long line, or a dateline-led one. */
function opensText(line: string, index: number): boolean {
  // A first line of twenty words without a sentence end is still a (long) headline; further down, a paragraph.
  if (looksLikeParagraph(line) || (index > 0 && wordsIn(line) >= TITLE_SHAPE.minFirstParagraphWords)) return true
  // `القاهرة: ضبط 21 من قيادات الإخوان` is a headline with a place, not a dateline-led paragraph.
  return opensWithDateline(line) && (wordsIn(line) >= TITLE_SHAPE.minDatelineParagraphWords || SENTENCE_END.test(line))
}

/** A kicker above the title (`عاجل`, `بالفيديو`, `تقرير خاص:`): skipped when a title follows it. */
function isKicker(line: string, next: string | undefined, nextIsLast: boolean): boolean {
  const count = wordsIn(line)
  if (next === undefined || SENTENCE_END.test(line) || !looksLikeTitle(next)) return false
  if (count <= TITLE_SHAPE.maxBareKickerWords || /[:：]$/u.test(line)) return true
  return count <= TITLE_SHAPE.maxKickerWords && nextIsLast && wordsIn(next) > count
}

/** Header lines this short are labels (section, kicker, site name), not a title, when a longer line is there. */
const MIN_TITLE_WORDS = 4
/** A site's name on its own line above the title: `صحيفة المدار الإلكترونية`. */
const SITE_NAME_LINE = /^(?:صحيفة|جريدة|موقع|بوابة|شبكة|وكالة|قناة)\s+\p{L}+(?:\s+\p{L}+){0,3}$/u

function isLabel(line: string): boolean {
  return wordsIn(line) < MIN_TITLE_WORDS || SITE_NAME_LINE.test(line)
}

/**
 * The title is read back from the body: the lines above the first paragraph are the header, and the
 * title is its line right above the article's metadata (date, byline, dateline) or else its first
 * line that is not a label (section name, kicker, site name) — joined with a second line that
 * carries it on. `beforeMetadata` holds the indices of text lines followed by such metadata. Header lines under the title (a subtitle) stay in the body, as the
 * page had them.
 */
export function readTitle(textLines: readonly string[], beforeMetadata: ReadonlySet<number> = new Set()): TitleChoice {
  const first = textLines[0] ?? ''
  const found = textLines.findIndex(opensText)
  // No line reads as a paragraph (a page of short lines): the first line is the title.
  const lead = found === -1 ? Math.min(textLines.length, 1) : found
  if (lead === 0) return { title: titleFromParagraph(first), bodyStart: 0, synthesized: true }
  // Before a page of short lines, the second line is only known to be a title when a paragraph follows it.
  const header = found === -1 ? textLines.slice(0, 2) : textLines.slice(0, lead)
  // The headline sits right above the article's date, byline or dateline: menus, search help and
  // tickers above it are the site's, a caption or subtitle under it is the article's.
  const aboveMetadata = header.findLastIndex((line, i) => beforeMetadata.has(i) && !isLabel(line))
  const firstLong = header.findIndex((line, i) => !isLabel(line) || i === header.length - 1)
  let start = found === -1 || firstLong === -1 ? 0 : aboveMetadata >= 0 ? aboveMetadata : firstLong
  while (
    start < header.length - 1 &&
    isKicker(header[start] ?? '', header[start + 1], start + 2 === header.length && found !== -1)
  )
    start++
  if (found === -1 && start > 0 && !opensBody(textLines[2])) start = 0
  const title = textLines[start] ?? first
  const second = textLines[start + 1]
  if (continuesTitle(title, second) && start + 1 < Math.max(lead, 2))
    return { title: `${title} ${second}`, bodyStart: start + 2, synthesized: false }
  return { title, bodyStart: start + 1, synthesized: false }
}
