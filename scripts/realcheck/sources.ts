/**
 * Real articles from the corpora in `.corpora/` (never committed): SaudiNewsNet's JSON arrays and
 * ANT's tagged files, as title + paragraphs + date + outlet. A stable hash of each article's id
 * keeps a fixed subset and splits it into the `tune` and `held` halves, so the held half never
 * changes whatever else does.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { antDate, parseAntDoc } from '../ant/antDoc.ts'
import { ANT_OUTLET, SAUDI_OUTLETS, type Outlet } from './outlets.ts'
import { hashText, seededRandom, shuffled } from './random.ts'
import { saudiTrailer } from './saudiTrailer.ts'
import type { Half } from './truth.ts'

export interface SourceArticle {
  readonly id: string
  readonly corpus: 'saudinewsnet' | 'ant'
  /** The title as the corpus gives it (may end with ` - outlet`). */
  readonly title: string
  /** Lines above the body as published (a byline, a kicker): part of a plain page, not of its truth body. */
  readonly lead: readonly string[]
  /** Text glued before the first paragraph as published (a slider's `Next Previous`, a byline). */
  readonly leadGlued: string
  readonly paragraphs: readonly string[]
  /** Lines below the body as published (credits, a byline, a read-more stub): not truth body either. */
  readonly trailer: readonly string[]
  /** The trailer's first line was glued to the last paragraph. */
  readonly trailerGlued: boolean
  /** Who a byline in the lead or trailer names as writer. */
  readonly author: string | null
  /** The outlet a byline or credit in the content names (an editor's source for it). */
  readonly namedOutlet: string | null
  readonly date: string
  /** ANT's TIME as published (ISO or dd/mm/yyyy). */
  readonly rawTime: string | null
  readonly outlet: Outlet
  readonly url: string
}

/** One article in this many is kept: enough for the check, far fewer to hold in memory. */
const KEEP_ONE_IN = 6
const MIN_BODY_WORDS = 25

function tidy(line: string): string {
  return line.replace(/[\s\u00A0]+/gu, ' ').trim()
}

function words(text: string): number {
  return text.split(' ').filter(Boolean).length
}

/** A short first line naming the outlet after a dash is a byline: `فلان الفلاني – عين اليوم`. */
function bylineAuthor(line: string, outlet: string): string | null {
  const match = /^(.+?)\s*[–—-]\s*(.+)$/u.exec(line)
  if (!match || tidy(match[2] ?? '') !== outlet) return null
  const name = tidy(match[1] ?? '')
  return words(name) >= 2 && words(name) <= 4 ? name : null
}

interface SaudiRecord {
  readonly source: string
  readonly url: string
  readonly date_extracted: string
  readonly title: string
  readonly content: string
}

/** A slider's controls and a `name – outlet` byline glued before the first sentence (عين اليوم's pages). */
function gluedLead(first: string, outlet: string): { glued: string; author: string | null } {
  const slider = /^Next Previous\s+/u.exec(first)?.[0] ?? ''
  const rest = first.slice(slider.length)
  const byline = /^(\S+(?: \S+){1,3})\s*[–—-]\s*(\S+(?: \S+)?)\s+/u.exec(rest)
  if (byline && byline[2] === outlet) return { glued: slider + byline[0], author: byline[1] ?? null }
  return { glued: slider, author: null }
}

function saudiArticle(record: SaudiRecord, id: string): SourceArticle | null {
  const outlet = SAUDI_OUTLETS[record.source]
  if (!outlet || typeof record.content !== 'string') return null
  // A line with no letter or digit (a zero-width space alone) is no paragraph.
  const lines = record.content
    .split('\n')
    .map(tidy)
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
  const glued = gluedLead(lines[0] ?? '', outlet.name)
  if (glued.glued.length > 0) lines[0] = (lines[0] ?? '').slice(glued.glued.length)
  // Short lines above the first sentence are a byline or a kicker, not body text.
  const lead: string[] = []
  while (lines.length > 1 && words(lines[0] ?? '') <= 6 && !/[.!؟]$/u.test(lines[0] ?? ''))
    lead.push(lines.shift() ?? '')
  const leadAuthor = lead.length > 0 ? bylineAuthor(lead.at(-1) ?? '', outlet.name) : null
  const trailer = saudiTrailer(lines)
  const author = glued.author ?? leadAuthor ?? trailer.author
  return {
    id,
    corpus: 'saudinewsnet',
    title: tidy(record.title),
    lead,
    leadGlued: glued.glued,
    paragraphs: trailer.paragraphs,
    trailer: trailer.lines,
    trailerGlued: trailer.glued,
    author,
    namedOutlet: glued.author || leadAuthor ? outlet.name : trailer.outlet,
    date: record.date_extracted.slice(0, 10),
    rawTime: null,
    outlet,
    url: record.url,
  }
}

function keep(id: string): boolean {
  return hashText(id) % KEEP_ONE_IN === 0
}

function* saudiArticles(folder: string): Generator<SourceArticle> {
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const records = JSON.parse(readFileSync(join(folder, file), 'utf8')) as SaudiRecord[]
    for (const [index, record] of records.entries()) {
      const id = `snn:${file}#${index}`
      if (!keep(id)) continue
      const article = saudiArticle(record, id)
      if (article) yield article
    }
  }
}

function* antArticles(folder: string): Generator<SourceArticle> {
  for (const category of readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(join(folder, category))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const id = `ant:${category}/${file}`
      if (!keep(id)) continue
      const doc = parseAntDoc(readFileSync(join(folder, category, file), 'utf8'))
      const date = doc ? antDate(doc.time) : null
      if (!doc || !date) continue
      yield {
        id,
        corpus: 'ant',
        title: doc.title,
        lead: [],
        leadGlued: '',
        paragraphs: doc.paragraphs,
        trailer: [],
        trailerGlued: false,
        author: null,
        namedOutlet: null,
        date,
        rawTime: doc.time,
        outlet: ANT_OUTLET,
        url: doc.url,
      }
    }
  }
}

function usable(article: SourceArticle): boolean {
  return words(article.title) >= 3 && words(article.paragraphs.join(' ')) >= MIN_BODY_WORDS
}

export type ArticlesByHalf = Readonly<Record<Half, readonly SourceArticle[]>>

export function loadArticles(corpora: string, seed: number): ArticlesByHalf {
  const all = [...saudiArticles(join(corpora, 'saudinewsnet/json')), ...antArticles(join(corpora, 'ant'))].filter(
    usable,
  )
  const half = (a: SourceArticle): Half => ((hashText(`half:${a.id}`) & 1) === 0 ? 'tune' : 'held')
  return {
    tune: shuffled(
      all.filter((a) => half(a) === 'tune'),
      seededRandom(seed),
    ),
    held: shuffled(
      all.filter((a) => half(a) === 'held'),
      seededRandom(seed + 1),
    ),
  }
}
