/**
 * One article from one section of a page (the main article, or one read-also article): its
 * header (kicker, title, date lines, byline), its body paragraphs (the first led by a dateline),
 * and its trailer furniture (credit, disclaimer, author, source, keywords, promos).
 */
import { splitKeywords } from './keywords.ts'
import { classifyLine, creditOutlet, type LineClass } from './pageFurniture.ts'
import { readByline, type Byline } from './parse/byline.ts'
import { leadDate } from './parse/leadDate.ts'
import { chromeOutlet, isListHeader, readDateStamp } from './parse/pageChrome.ts'
import { splitSiteName } from './parse/titleSiteName.ts'
import { choosePublishDate, parseDateLine, type DateLine } from './parseDate.ts'
import { outletOrNull, parseDateline, standaloneDateline, type Dateline } from './parseDateline.ts'
import { normalize } from '../core/arabic/normalize.ts'
import { isHeadlineList, readTitle } from './titleLine.ts'

export interface ParsedArticle {
  readonly title: string
  readonly publishedAt: string | null
  readonly dateline: string | null
  readonly outlet: string | null
  readonly author: string | null
  readonly body: readonly string[]
  readonly keywords: readonly string[]
  readonly credit: string | null
  readonly disclaimer: string | null
}

export type SectionParse =
  | { readonly kind: 'article'; readonly article: ParsedArticle; readonly warnings: readonly string[] }
  /** Titles with no text under them: read-also links to articles that are not on this page. */
  | { readonly kind: 'title-only'; readonly titles: readonly string[]; readonly warnings: readonly string[] }
  | { readonly kind: 'empty'; readonly furniture: readonly string[] }

/** Furniture that closes an article: text after it is trailing noise unless it reads like a paragraph. */
const TRAILER_KINDS = new Set<Line['kind']>(['credit', 'disclaimer', 'author', 'source', 'keywords'])
/** A line after the trailer is kept only when it is at least this long (in words). */
const MIN_TRAILING_PARAGRAPH_WORDS = 8
const MAX_OUTLET_WORDS = 4

type Line =
  | { readonly kind: 'date'; readonly text: string; readonly date: DateLine }
  | { readonly kind: 'dateline'; readonly text: string; readonly dateline: Dateline }
  | { readonly kind: 'byline'; readonly text: string; readonly byline: Byline }
  | LineClass

const MIN_HEADER_PARAGRAPH_WORDS = 20
/** A menu: this many short lines in a row (`الرئيسية`, `محليات`, `اقتصاد`, `رياضة`…). */
const MIN_MENU_RUN = 3
const MAX_MENU_ITEM_WORDS = 3
/** Under a list header (`الأكثر قراءة`), lines up to this long are the list's headlines. */
const MAX_LISTED_HEADLINE_WORDS = 25

function wordsIn(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length
}

/** A line as quoted in a report message: in «», cut at 60 characters. */
export function quoteForReport(text: string): string {
  return text.length > 60 ? `«${text.slice(0, 60)}…»` : `«${text}»`
}

/** The outlet a source line names: `المسلة`, `سبق: https://…` (the link dropped), not a sentence or a bare link. */
function outletFromSource(value: string | null): string | null {
  const name = value?.replace(/\s*[:：-]?\s*(?:https?:\/\/|www\.)\S*$/iu, '').trim()
  if (!name || /https?:|www\./iu.test(name) || wordsIn(name) > MAX_OUTLET_WORDS) return null
  return outletOrNull(name)
}

function isShortItem(line: Line): boolean {
  return line.kind === 'text' && wordsIn(line.text) <= MAX_MENU_ITEM_WORDS && !/[.!؟?،,:]$/u.test(line.text)
}

/** A caption's opening words (`جانب من الاجتماع`), or a photo credit beside which a short line is a caption. */
const CAPTION_START = /^(?:جانب من|جانبا من|جوانب من|لقطة من|لقطات من|صورة من|صور من|مشهد من|من اليمين|من اليسار|\(من اليمين|\(من اليسار)(?!\p{L})/u
const PHOTO_CREDIT = /^\(?\s*(?:تصوير|عدسة|الصورة|صورة|صور|photo|getty)(?!\p{L})/iu
const MAX_CAPTION_WORDS = 14

function isCaption(line: Line, neighbours: ReadonlyArray<Line | undefined>): boolean {
  if (line.kind !== 'text' || wordsIn(line.text) > MAX_CAPTION_WORDS || /[.!؟?:]["”»']?$/u.test(line.text)) return false
  return CAPTION_START.test(line.text) || neighbours.some((n) => n !== undefined && n.kind !== 'text' && PHOTO_CREDIT.test(n.text))
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
  for (let i = 0; i < marked.length; ) {
    let end = i
    let items = 0
    while (end < marked.length && (isShortItem(marked[end] as Line) || marked[end]?.kind === 'noise')) {
      if (marked[end]?.kind === 'text') items++
      end++
    }
    if (items >= MIN_MENU_RUN) for (let j = i; j < end; j++) noise(j)
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
  const captions = marked.flatMap((line, i) => (isCaption(line, [marked[i - 1], marked[i + 1]]) ? [i] : []))
  for (const i of captions) noise(i)
  return marked
}

/** The last text line, when nothing but furniture follows it and it is a byline (`سارة محمود – بغداد`). */
function markClosingByline(lines: Line[]): Line[] {
  const last = lines.findLastIndex((l) => l.kind === 'text')
  const line = lines[last]
  const byline = line?.kind === 'text' && lines.some((l, i) => i < last && l.kind === 'text') ? readByline(line.text) : null
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

function classifySectionLines(rawLines: readonly string[]): Line[] {
  let inHeader = true
  const lines = rawLines
    .filter((l) => l.length > 0)
    .map((l): Line => {
      const date = parseDateLine(l) ?? readDateStamp(l)
      if (date) return { kind: 'date', text: l, date }
      const line = classifyLine(l)
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

const METADATA_KINDS = new Set<Line['kind']>(['date', 'byline', 'dateline', 'author'])

/** Indices (among text lines) of the lines directly followed by the article's date, byline or dateline. */
function textsBeforeMetadata(lines: readonly Line[]): Set<number> {
  const indices = new Set<number>()
  let textIndex = -1
  lines.forEach((line, i) => {
    if (line.kind === 'text') textIndex++
    const next = lines[i + 1]
    if (line.kind === 'text' && next && METADATA_KINDS.has(next.kind)) indices.add(textIndex)
  })
  return indices
}

/** A byline's bare name read as a place (`سارة العتيبي – المدار`) is the outlet when the page's chrome names it so. */
function resolveByline(byline: Byline, chromeOutlets: readonly string[]): Byline {
  const place = byline.place === null ? '' : normalize(byline.place)
  if (byline.outlet || !chromeOutlets.some((o) => normalize(o) === place)) return byline
  return { ...byline, outlet: byline.place, place: null }
}

/**
 * @param isReadAlso the section follows a read-also header, where a list of bare headlines is a list of links
 * @param givenTitle the title, when the input states it apart from the text (a record's field, an HTML page's
 * metadata): every line is then body, cleaned like any page's
 * @param pageOutlets outlets the page's chrome names outside this section (a copyright line under a related list)
 */
export function parseSection(rawLines: readonly string[], isReadAlso = false, givenTitle?: string, pageOutlets: readonly string[] = []): SectionParse {
  const lines = classifySectionLines(rawLines)
  const texts = lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []))
  if (texts.length === 0) return { kind: 'empty', furniture: [...new Set(lines.map((l) => l.kind))] }

  if (isReadAlso && isHeadlineList(texts)) return { kind: 'title-only', titles: texts, warnings: [] }
  const warnings: string[] = []
  const choice = givenTitle ? { title: givenTitle, bodyStart: 0, synthesized: false } : readTitle(texts, textsBeforeMetadata(lines))
  if (choice.synthesized) warnings.push('no title line: title taken from the first paragraph')

  let afterTrailer = false
  let textIndex = -1
  const body: string[] = []
  const credits: string[] = []
  for (const line of lines) {
    // A byline above the body does not close the article; furniture after body text does.
    if (TRAILER_KINDS.has(line.kind) && body.length > 0) afterTrailer = true
    // A lone `خاص` above the title is a kicker, not a credit: credits follow the text they credit.
    if (line.kind === 'credit' && body.length > 0) credits.push(line.text)
    if (line.kind !== 'text') continue
    textIndex++
    if (textIndex < choice.bodyStart) continue
    if (afterTrailer && wordsIn(line.text) < MIN_TRAILING_PARAGRAPH_WORDS) {
      warnings.push(`dropped trailing line after the page furniture: ${quoteForReport(line.text)}`)
      continue
    }
    body.push(line.text)
  }

  const leading = body[0] === undefined ? null : parseDateline(body[0])
  if (leading) {
    if (leading.rest.length > 0) body[0] = leading.rest
    else body.shift()
  }
  const dateline = leading ?? lines.flatMap((l) => (l.kind === 'dateline' ? [l.dateline] : []))[0] ?? null
  if (body.length === 0) return { kind: 'title-only', titles: [choice.title], warnings }

  const valueOf = (kind: Line['kind']) => lines.flatMap((l) => (l.kind === kind && 'value' in l && l.value ? [l.value] : []))
  // The outlet whose app a promo advertises, from a promo line or one glued to a paragraph.
  const promoOutlet = lines.flatMap((l) => ('value' in l && l.kind === 'promo' ? [l.value] : 'promoOutlet' in l ? [l.promoOutlet] : []))
    .find((v) => v !== null)
  // The site's own chrome (copyright line, site-name label above the title) names the outlet too.
  const labels = texts.slice(0, choice.bodyStart).filter((t) => t !== choice.title)
  const chromeOutlets = [...[...lines.flatMap((l) => (l.kind === 'noise' ? [l.text] : [])), ...labels].map(chromeOutlet).filter((o) => o !== null), ...pageOutlets]
  const bylines = lines.flatMap((l) => (l.kind === 'byline' ? [resolveByline(l.byline, chromeOutlets)] : []))
  const credit = credits[0] ?? bylines.find((b) => b.credit)?.credit ?? null
  const namedOutlet =
    dateline?.outlet ??
    valueOf('source').map(outletFromSource).find(Boolean) ??
    (credits[0] ? creditOutlet(credits[0]) : null) ??
    bylines.find((b) => b.outlet)?.outlet ??
    promoOutlet ??
    null
  // A site name after the headline (`… - صحيفة الوئام`) is the outlet, not part of the title.
  const { title, site } = splitSiteName(choice.title, namedOutlet ? [namedOutlet] : [])

  const dates = choosePublishDate(lines.flatMap((l) => (l.kind === 'date' ? [l.date] : [])))
  if (dates.warning) warnings.push(dates.warning)
  const articleText = [title, ...body]
  return {
    kind: 'article',
    warnings,
    article: {
      title,
      publishedAt: dates.date ?? dateline?.date ?? leadDate(body[0] ?? '') ?? null,
      dateline: dateline?.place ?? bylines.find((b) => b.place)?.place ?? null,
      outlet: namedOutlet ?? site ?? chromeOutlets[0] ?? null,
      author: valueOf('author')[0] ?? bylines.find((b) => b.author)?.author ?? null,
      body,
      keywords: [...new Set(valueOf('keywords').flatMap((k) => splitKeywords(k, articleText)))],
      credit,
      disclaimer: lines.filter((l) => l.kind === 'disclaimer').map((l) => l.text).join(' ') || null,
    },
  }
}
