/**
 * The lines of one article section, classified: date lines, datelines, bylines and furniture line
 * by line (pageFurniture.ts), then what only shows across lines — menus, lists of other articles'
 * headlines, captions, a closing byline. parseSection.ts reads the article from them.
 */
import { classifyLine, isMarklessDeskCredit, type LineClass } from './pageFurniture.ts'
import { parseDateLine, type DateLine } from './parseDate.ts'
import { standaloneDateline, type Dateline } from './parseDateline.ts'
import { readByline, type Byline } from './byline.ts'
import { isListHeader, readDateStamp } from './pageChrome.ts'
import { tokenize } from '@/core/arabic/tokenize.ts'
import { wordsIn } from './wordsIn.ts'

/** A line this long (in words) reads as a paragraph: with a sentence end it closes the header, and after the trailer it is kept. */
export const MIN_TRAILING_PARAGRAPH_WORDS = 8

export type Line =
  | { readonly kind: 'date'; readonly text: string; readonly date: DateLine }
  | { readonly kind: 'dateline'; readonly text: string; readonly dateline: Dateline }
  | { readonly kind: 'byline'; readonly text: string; readonly byline: Byline }
  | LineClass

const MIN_HEADER_PARAGRAPH_WORDS = 20
/** Lines that state the article's date, writer or place: the title sits right above them. */
const METADATA_KINDS = new Set<Line['kind']>(['date', 'byline', 'dateline', 'author'])
/** A menu: this many short lines in a row (`الرئيسية`, `محليات`, `اقتصاد`, `رياضة`…). */
const MIN_MENU_RUN = 3
const MAX_MENU_ITEM_WORDS = 3
/** Under a list header (`الأكثر قراءة`), lines up to this long are the list's headlines. */
const MAX_LISTED_HEADLINE_WORDS = 25

function isShortItem(line: Line): boolean {
  return line.kind === 'text' && wordsIn(line.text) <= MAX_MENU_ITEM_WORDS && !/[.!؟?،,:]$/u.test(line.text)
}

/** A caption's opening words (`جانب من الاجتماع`), or a photo credit beside which a short line is a caption. */
const CAPTION_START =
  /^(?:جانب من|جانبا من|جوانب من|لقطة من|لقطات من|صورة من|صور من|مشهد من|من اليمين|من اليسار|\(من اليمين|\(من اليسار)(?!\p{L})/u
/** A photo credit says whose: a word after it, or a colon or bracket (`الصورة: أرشيف`, `(صورة)`); a lone `صور` is a kicker. */
const PHOTO_CREDIT = /^\(?\s*(?:تصوير|عدسة|الصورة|صورة|صور|photo|getty)(?!\p{L})\s*(?:[:：)\-–]|\p{L})/iu
const MAX_CAPTION_WORDS = 14

function isCaption(line: Line, neighbours: ReadonlyArray<Line | undefined>): boolean {
  if (line.kind !== 'text' || wordsIn(line.text) > MAX_CAPTION_WORDS || /[.!؟?:]["”»']?$/u.test(line.text)) return false
  return (
    CAPTION_START.test(line.text) ||
    neighbours.some((n) => n !== undefined && n.kind !== 'text' && PHOTO_CREDIT.test(n.text))
  )
}

/**
 * Page chrome that only shows across lines: a run of short lines is a menu; the lines under a list
 * header (`الأكثر قراءة`) are other articles' headlines; a short line beside a photo credit, or
 * opening like one, is a caption. All are noise.
 */
function markPageChrome(lines: Line[]): Line[] {
  const marked = [...lines]
  const noise = (i: number) => {
    const line = marked[i]
    if (line) marked[i] = { kind: 'noise', text: line.text, value: null }
  }
  // A menu may be broken by items already known as chrome (`الرئيسية`, `اتصل بنا`): they stay in the run.
  for (let i = 0; i < marked.length;) {
    let end = i
    let items = 0
    while (end < marked.length && (isShortItem(marked[end] as Line) || marked[end]?.kind === 'noise')) {
      if (marked[end]?.kind === 'text') items++
      end++
    }
    // A short headline right above the article's date or byline ends the run: it is the title.
    const next = marked[end]
    const lastText = marked.slice(i, end).findLastIndex((l) => l.kind === 'text') + i
    const titled = next !== undefined && METADATA_KINDS.has(next.kind) && lastText >= i
    const menuEnd = titled ? lastText : end
    if (items - (titled ? 1 : 0) >= MIN_MENU_RUN) for (let j = i; j < menuEnd; j++) noise(j)
    i = Math.max(end, i + 1)
  }
  for (let i = 0; i < marked.length; i++) {
    if (marked[i]?.kind !== 'text' || !isListHeader(marked[i]?.text ?? '')) continue
    noise(i)
    for (let j = i + 1; j < marked.length; j++) {
      const line = marked[j] as Line
      if (line.kind !== 'text') continue
      // Headlines may end in `!` or `؟`; a full stop or a long line is the text again.
      if (wordsIn(line.text) > MAX_LISTED_HEADLINE_WORDS || /\.["”»']?$/u.test(line.text)) break
      noise(j)
    }
  }
  markUnnamedLinkList(marked, noise)
  const captions = marked.flatMap((line, i) => (isCaption(line, [marked[i - 1], marked[i + 1]]) ? [i] : []))
  for (const i of captions) noise(i)
  return marked
}

/** A list of links under a header in any words: the header is a label this short, the list this long at least. */
const MAX_LIST_LABEL_WORDS = 5
const MIN_LISTED_HEADLINES = 3
/** Longer runs of short lines are verse or a list the article makes, not a box of links. */
const MAX_LISTED_HEADLINES = 10
const MIN_LISTED_HEADLINE_WORDS = 4
/** A label is words: no numbering (`9 -` opens a poem's stanza), no sentence or exclamation end. */
const LIST_LABEL = /^[\p{L}\s]+[:：]?$/u

function isListedHeadline(line: Line): boolean {
  const words = wordsIn(line.text)
  return (
    line.kind === 'text' &&
    words >= MIN_LISTED_HEADLINE_WORDS &&
    words <= MAX_LISTED_HEADLINE_WORDS &&
    !/[.،,:!]["”»']?$/u.test(line.text)
  )
}

/** Words an item shares with the text above it to be about the same thing (`الزحام`, `الشاحنات`). */
const MIN_SHARED_WORDS = 2
const MIN_CONTENT_WORD_LENGTH = 4

function contentWords(text: string): Set<string> {
  return new Set(tokenize(text).filter((w) => w.length >= MIN_CONTENT_WORD_LENGTH))
}

/**
 * A list header the lists do not know (`اقرأ في هذا الملف`): after the article's text, a short
 * label, then three or more headlines that run to the end of the section's text. An article's own
 * closing list (a summary in short lines: `زحام وتكدس للسيارات بشكل يومي`) repeats its words; a
 * box of links to other stories mostly does not.
 */
function markUnnamedLinkList(marked: Line[], noise: (i: number) => void): void {
  const texts = marked.flatMap((line, i) => (line.kind === 'text' ? [i] : []))
  const first = Math.max(1, texts.length - 1 - MAX_LISTED_HEADLINES)
  for (let t = first; t < texts.length - MIN_LISTED_HEADLINES; t++) {
    const label = marked[texts[t] as number] as Line
    if (wordsIn(label.text) > MAX_LIST_LABEL_WORDS || !LIST_LABEL.test(label.text)) continue
    const listed = texts.slice(t + 1).map((i) => marked[i] as Line)
    if (!listed.every(isListedHeadline)) continue
    const above = contentWords(
      texts
        .slice(0, t)
        .map((i) => (marked[i] as Line).text)
        .join(' '),
    )
    const ownItems = listed.filter(
      (line) => [...contentWords(line.text)].filter((w) => above.has(w)).length >= MIN_SHARED_WORDS,
    )
    if (2 * ownItems.length >= listed.length) return
    for (const i of texts.slice(t)) noise(i)
    return
  }
}

/** The last text line, when nothing but furniture follows it and it is a byline (`سارة محمود – بغداد`). */
function markClosingByline(lines: Line[]): Line[] {
  const last = lines.findLastIndex((l) => l.kind === 'text')
  const line = lines[last]
  const byline =
    line?.kind === 'text' && lines.some((l, i) => i < last && l.kind === 'text') ? readByline(line.text) : null
  if (!line || !byline) return lines
  const marked = [...lines]
  marked[last] = { kind: 'byline', text: line.text, byline }
  return marked
}

/** The header ends at the first paragraph: a sentence, or a line too long for a headline (a headline of eight words does not end it). */
function closesHeader(text: string): boolean {
  const count = wordsIn(text)
  return count >= MIN_HEADER_PARAGRAPH_WORDS || (count >= MIN_TRAILING_PARAGRAPH_WORDS && /[.!؟?]["”»']?$/u.test(text))
}

export function classifySectionLines(rawLines: readonly string[]): Line[] {
  let inHeader = true
  const lines = rawLines
    .filter((l) => l.length > 0)
    .map((l, i): Line => {
      const date = parseDateLine(l) ?? readDateStamp(l)
      if (date) return { kind: 'date', text: l, date }
      const line = classifyLine(l)
      // A desk credit with no mark (`تحرير الوادي`) reads like a headline (`تحرير الفلوجة`) at the top of a section.
      if (i === 0 && line.kind === 'credit' && isMarklessDeskCredit(l))
        return { kind: 'text', text: l, promoOutlet: null }
      if (line.kind !== 'text') return line
      // A dateline or a byline on its own line sits in the header, above the first paragraph.
      // A byline naming a person (`الرياض – نادية السويدي`) is read as one before the dateline shape is tried.
      const byline = inHeader ? readByline(line.text) : null
      const dateline = inHeader && !byline?.author ? standaloneDateline(line.text) : null
      if (closesHeader(line.text)) inHeader = false
      if (byline?.author) return { kind: 'byline', text: line.text, byline }
      if (dateline) return { kind: 'dateline', text: l, dateline }
      return byline ? { kind: 'byline', text: line.text, byline } : line
    })
  return markClosingByline(markPageChrome(lines))
}

/** Indices (among text lines) of the lines directly followed by the article's date, byline or dateline. */
export function textsBeforeMetadata(lines: readonly Line[]): Set<number> {
  const indices = new Set<number>()
  let textIndex = -1
  lines.forEach((line, i) => {
    if (line.kind === 'text') textIndex++
    const next = lines[i + 1]
    if (line.kind === 'text' && next && METADATA_KINDS.has(next.kind)) indices.add(textIndex)
  })
  return indices
}
