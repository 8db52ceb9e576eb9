/**
 * One article from one section of a page (the main article, or one read-also article): its
 * header (kicker, title, date lines, byline), its body paragraphs (the first led by a dateline),
 * and its trailer furniture (credit, disclaimer, author, source, keywords, promos).
 */
import { splitKeywords } from './keywords.ts'
import { classifyLine, creditOutlet, type LineClass } from './pageFurniture.ts'
import { choosePublishDate, parseDateLine, type DateLine } from './parseDate.ts'
import { outletOrNull, parseDateline, standaloneDateline, type Dateline } from './parseDateline.ts'
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
  | LineClass

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

/** @param isReadAlso the section follows a read-also header, where a list of bare headlines is a list of links */
export function parseSection(rawLines: readonly string[], isReadAlso = false): SectionParse {
  let inHeader = true
  const lines: Line[] = rawLines
    .filter((l) => l.length > 0)
    .map((l): Line => {
      const date = parseDateLine(l)
      if (date) return { kind: 'date', text: l, date }
      const line = classifyLine(l)
      if (line.kind !== 'text') return line
      // A dateline on its own line sits in the header, above the first paragraph.
      const dateline = inHeader ? standaloneDateline(line.text) : null
      if (wordsIn(line.text) >= MIN_TRAILING_PARAGRAPH_WORDS) inHeader = false
      return dateline ? { kind: 'dateline', text: l, dateline } : line
    })
  const texts = lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []))
  if (texts.length === 0) return { kind: 'empty', furniture: [...new Set(lines.map((l) => l.kind))] }

  if (isReadAlso && isHeadlineList(texts)) return { kind: 'title-only', titles: texts, warnings: [] }
  const warnings: string[] = []
  const { title, bodyStart, synthesized } = readTitle(texts)
  if (synthesized) warnings.push('no title line: title taken from the first paragraph')

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
    if (textIndex < bodyStart) continue
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
  if (body.length === 0) return { kind: 'title-only', titles: [title], warnings }

  const valueOf = (kind: Line['kind']) => lines.flatMap((l) => (l.kind === kind && 'value' in l && l.value ? [l.value] : []))
  // The outlet whose app a promo advertises, from a promo line or one glued to a paragraph.
  const promoOutlet = lines.flatMap((l) => ('value' in l && l.kind === 'promo' ? [l.value] : 'promoOutlet' in l ? [l.promoOutlet] : []))
    .find((v) => v !== null)
  const credit = credits[0] ?? null

  const dates = choosePublishDate(lines.flatMap((l) => (l.kind === 'date' ? [l.date] : [])))
  if (dates.warning) warnings.push(dates.warning)
  const articleText = [title, ...body]
  return {
    kind: 'article',
    warnings,
    article: {
      title,
      publishedAt: dates.date ?? dateline?.date ?? null,
      dateline: dateline?.place ?? null,
      outlet:
        dateline?.outlet ??
        valueOf('source').map(outletFromSource).find(Boolean) ??
        (credit ? creditOutlet(credit) : null) ??
        promoOutlet ??
        null,
      author: valueOf('author')[0] ?? null,
      body,
      keywords: [...new Set(valueOf('keywords').flatMap((k) => splitKeywords(k, articleText)))],
      credit,
      disclaimer: lines.filter((l) => l.kind === 'disclaimer').map((l) => l.text).join(' ') || null,
    },
  }
}
