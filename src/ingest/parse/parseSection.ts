/**
 * One article from one section of a page (the main article, or one read-also article): its
 * header (kicker, title, date lines, byline), its body paragraphs (the first led by a dateline),
 * and its trailer furniture (credit, disclaimer, author, source, keywords, promos).
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { splitKeywords } from './keywords.ts'
import { creditOutlet, disclaimerOutlet } from './furnitureOutlet.ts'
import { type Byline } from './byline.ts'
import { leadDate } from './leadDate.ts'
import { ELECTRONIC_SUFFIX, chromeOutlet } from './pageChrome.ts'
import { classifySectionLines, MIN_TRAILING_PARAGRAPH_WORDS, textsBeforeMetadata, type Line } from './sectionLines.ts'
import { wordsIn } from './wordsIn.ts'
import { splitSiteName } from './titleSiteName.ts'
import { choosePublishDate } from './parseDate.ts'
import { outletOrNull, parseDateline, type Dateline } from './parseDateline.ts'
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
const MAX_OUTLET_WORDS = 4

/** A line as quoted in a report message: in «», cut at 60 characters. */
export function quoteForReport(text: string): string {
  return text.length > 60 ? `«${text.slice(0, 60)}…»` : `«${text}»`
}

/** The outlet a source line names: `المسلة`, `سبق: https://…` (the link dropped), not a sentence or a bare link. */
function outletFromSource(value: string | null): string | null {
  const name = value
    ?.replace(/\s*[:：-]?\s*(?:https?:\/\/|www\.)\S*$/iu, '')
    .replace(/^(?:موقع|صحيفة|جريدة|بوابة)\s+/u, '')
    .replace(ELECTRONIC_SUFFIX, '')
    .trim()
  if (!name || /https?:|www\./iu.test(name) || wordsIn(name) > MAX_OUTLET_WORDS) return null
  return outletOrNull(name)
}

/** A byline's bare name read as a place (`سارة العتيبي – المدار`) is the outlet when the page's chrome names it so. */
function resolveByline(byline: Byline, chromeOutlets: readonly string[]): Byline {
  const place = byline.place === null ? '' : normalize(byline.place)
  if (byline.outlet || !chromeOutlets.some((o) => normalize(o) === place)) return byline
  return { ...byline, outlet: byline.place, place: null }
}

/**
 * A two-name dateline whose sides the shape and lists could not tell apart (`عين اليوم | المكلا |`)
 * read again with what else on the page names the outlet (source line, credit, promo, chrome):
 * the side named there is the outlet.
 */
function agreeWithPage(dateline: Dateline | null, named: ReadonlyArray<string | null | undefined>): Dateline | null {
  if (!dateline?.place || !dateline.outlet) return dateline
  const elsewhere = new Set(named.flatMap((n) => (n ? [normalize(n)] : [])))
  return elsewhere.has(normalize(dateline.place)) && !elsewhere.has(normalize(dateline.outlet))
    ? { ...dateline, place: dateline.outlet, outlet: dateline.place }
    : dateline
}

/**
 * A closing line this short that names the page's outlet at its edge is furniture in any wording:
 * a disclaimer (`الآراء المنشورة لا تلزم الوادي`), a credit (`وكالات – الوادي`), a signature.
 */
const MAX_OUTLET_TRAILER_WORDS = 18
/** The outlet's name stands in a line's first words or its last: inside a sentence, it is the news. */
const OUTLET_EDGE_WORDS = 3
/** News told on the outlet's word (`حسب ما أفاد به مصدر أمني لجوهرة أف أم`) is the article's text. */
const REPORTED = new RegExp(
  `(?<!\\p{L})(?:${['قال', 'قالت', 'افاد', 'افادت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'ذكر', 'ذكرت', 'صرح', 'صرحت', 'حسب', 'بحسب', 'وفق', 'وفقا', 'علمت', 'تابعت', 'رصدت'].join('|')})(?!\\p{L})`,
  'u',
)

/** Words of a line, normalized, without punctuation (`«الوادي»` is `الوادي`). */
function plainWords(text: string): string[] {
  return normalize(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
}

/** Whether `name` (as words) stands within the first or last OUTLET_EDGE_WORDS words of `words`. */
function atEdge(words: readonly string[], name: readonly string[]): boolean {
  for (let at = 0; at + name.length <= words.length; at++) {
    if (!name.every((w, k) => words[at + k] === w || words[at + k] === `ل${w}` || words[at + k] === `ب${w}`)) continue
    if (at < OUTLET_EDGE_WORDS || at + name.length > words.length - OUTLET_EDGE_WORDS) return true
  }
  return false
}

/**
 * Drops the text's closing lines that speak of the outlet the page names elsewhere, in words no
 * pattern knows. An article's paragraphs rarely name the outlet that publishes them at a line's
 * edge; its furniture does. At least one paragraph stays.
 */
function dropOutletTrailer(body: string[], outlets: ReadonlyArray<string | null | undefined>, warnings: string[]) {
  const names = [...new Set(outlets.flatMap((o) => (o ? [normalize(o)] : [])))].map(plainWords)
  if (names.length === 0) return
  while (body.length > 1) {
    const last = body[body.length - 1] as string
    const words = plainWords(last)
    if (words.length > MAX_OUTLET_TRAILER_WORDS || REPORTED.test(words.join(' '))) return
    if (!names.some((name) => name.length > 0 && atEdge(words, name))) return
    warnings.push(`dropped a closing line that names the outlet: ${quoteForReport(last)}`)
    body.pop()
  }
}

/** The first author line's name that is no outlet the page names (`متابعة: عين اليوم` credits the outlet's desk). */
function authorOf(names: readonly string[], outlets: ReadonlyArray<string | null | undefined>): string | null {
  const named = new Set(outlets.flatMap((o) => (o ? [normalize(o)] : [])))
  return names.find((name) => !named.has(normalize(name))) ?? null
}

/**
 * @param isReadAlso the section follows a read-also header, where a list of bare headlines is a list of links
 * @param givenTitle the title, when the input states it apart from the text (a record's field, an HTML page's
 * metadata): every line is then body, cleaned like any page's
 * @param pageOutlets outlets the page's chrome names outside this section (a copyright line under a related list)
 */
export function parseSection(
  rawLines: readonly string[],
  isReadAlso = false,
  givenTitle?: string,
  pageOutlets: readonly string[] = [],
): SectionParse {
  const lines = classifySectionLines(rawLines)
  const texts = lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []))
  if (texts.length === 0) return { kind: 'empty', furniture: [...new Set(lines.map((l) => l.kind))] }

  if (isReadAlso && isHeadlineList(texts)) return { kind: 'title-only', titles: texts, warnings: [] }
  const warnings: string[] = []
  const choice = givenTitle
    ? { title: givenTitle, bodyStart: 0, synthesized: false }
    : readTitle(texts, textsBeforeMetadata(lines))
  if (choice.synthesized) warnings.push('no title line: title taken from the first paragraph')

  let afterTrailer = false
  let textIndex = -1
  const body: string[] = []
  const credits: string[] = []
  for (const line of lines) {
    // A byline above the body does not close the article; furniture after body text does.
    if (TRAILER_KINDS.has(line.kind) && body.length > 0) afterTrailer = true
    // A lone `خاص` above the title is a kicker, not a credit: credits follow the text they credit,
    // or name who they credit (`(النخيل) - متابعات` above the lead). A lone `(أ ف ب)` above the
    // text credits the photo.
    if (line.kind === 'credit' && (body.length > 0 || /[-–—/|]/u.test(line.text))) credits.push(line.text)
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
  const statedDateline = leading ?? lines.flatMap((l) => (l.kind === 'dateline' ? [l.dateline] : []))[0] ?? null
  if (body.length === 0) return { kind: 'title-only', titles: [choice.title], warnings }

  const valueOf = (kind: Line['kind']) =>
    lines.flatMap((l) => (l.kind === kind && 'value' in l && l.value ? [l.value] : []))
  // The outlet whose app a promo advertises, from a promo line or one glued to a paragraph.
  const promoOutlet = lines
    .flatMap((l) => ('value' in l && l.kind === 'promo' ? [l.value] : 'promoOutlet' in l ? [l.promoOutlet] : []))
    .find((v) => v !== null)
  // The site's own chrome (copyright line, site-name label above the title) names the outlet too.
  const labels = texts.slice(0, choice.bodyStart).filter((t) => t !== choice.title)
  const chromeOutlets = [
    ...[...lines.flatMap((l) => (l.kind === 'noise' ? [l.text] : [])), ...labels]
      .map(chromeOutlet)
      .filter((o) => o !== null),
    ...pageOutlets,
  ]
  const sourceOutlet = valueOf('source').map(outletFromSource).find(Boolean) ?? null
  const creditNamed = credits[0] ? creditOutlet(credits[0]) : null
  const disclaimerNamed =
    lines.flatMap((l) => (l.kind === 'disclaimer' ? [disclaimerOutlet(l.text)] : [])).find(Boolean) ?? null
  const dateline = agreeWithPage(statedDateline, [
    sourceOutlet,
    creditNamed,
    promoOutlet,
    disclaimerNamed,
    ...chromeOutlets,
  ])
  // Whatever else on the page names the outlet tells a byline's bare name apart from a place.
  const pageNamed = [...chromeOutlets, dateline?.outlet, sourceOutlet, creditNamed, disclaimerNamed].filter(
    (o) => typeof o === 'string',
  )
  const bylines = lines.flatMap((l) => (l.kind === 'byline' ? [resolveByline(l.byline, pageNamed)] : []))
  const credit = credits[0] ?? bylines.find((b) => b.credit)?.credit ?? null
  const namedOutlet =
    dateline?.outlet ??
    sourceOutlet ??
    creditNamed ??
    bylines.find((b) => b.outlet)?.outlet ??
    promoOutlet ??
    disclaimerNamed ??
    null
  // A site name after the headline (`… - صحيفة الوئام`) is the outlet, not part of the title.
  const { title, site } = splitSiteName(choice.title, namedOutlet ? [namedOutlet] : [])
  // Every outlet the page names: a closing line or an author line naming one is furniture.
  const outletsNamed = [namedOutlet, ...pageNamed]
  dropOutletTrailer(body, outletsNamed, warnings)

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
      author: authorOf(valueOf('author'), outletsNamed) ?? bylines.find((b) => b.author)?.author ?? null,
      body,
      keywords: [...new Set(valueOf('keywords').flatMap((k) => splitKeywords(k, articleText)))],
      credit,
      disclaimer:
        lines
          .filter((l) => l.kind === 'disclaimer')
          .map((l) => l.text)
          .join(' ') || null,
    },
  }
}
