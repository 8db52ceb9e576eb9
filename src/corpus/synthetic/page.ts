/**
 * One synthetic page: page number → its path and text, plus what it should yield (the articles it
 * adds to the corpus, with their expected topics). Pure and independent of other pages, except
 * that a page may repeat an earlier page's article (as a read-also copy, a read-also title link,
 * or a whole duplicate file), which it regenerates from that page's number.
 */
import { syntheticArticle, type SyntheticArticle } from './article.ts'
import { arabicDateLine, englishPublishLine, headerDateLines } from './dateLines.ts'
import * as f from './furniture.ts'
import { mixSeed, Random } from './random.ts'
import { EXPECTED_TOPICS } from './stories.ts'

export interface ExpectedArticle {
  readonly title: string
  /** The first paragraph without its dateline: with the title, what the article's id is made of. */
  readonly firstParagraph: string
  /** The publish date the page states, or null (read-also articles and some plain files give none). */
  readonly date: string | null
  /** The article's own date, which a copy on another page may state when this page does not. */
  readonly storyDate: string
  readonly topics: readonly string[]
}

export interface SyntheticPage {
  /** Relative path, `/`-separated, in nested folders. */
  readonly path: string
  readonly text: string
  /** Articles first met on this page (a copy of an earlier page's article is not counted again). */
  readonly newArticles: readonly ExpectedArticle[]
}

type Layout = 'aggregator' | 'plain' | 'duplicate'
const LAYOUT_WEIGHTS: Readonly<Record<Layout, number>> = { aggregator: 78, plain: 21, duplicate: 1 }
/** How far back a repeated article or page may come from. */
const LOOKBACK = 2000
const SLUGS = ['almasalla', 'sada', 'marsad', 'ufuq', 'nahar', 'shorouk', 'difatayn', 'nabd']

const slotSeed = (seed: number, page: number, slot: number) => mixSeed(seed, page, slot)
const layoutOf = (seed: number, page: number): Layout => new Random(slotSeed(seed, page, 0)).weighted(LAYOUT_WEIGHTS)
const mainArticle = (seed: number, page: number) => syntheticArticle(slotSeed(seed, page, 1))

function expected(a: SyntheticArticle, dated: boolean): ExpectedArticle {
  return {
    title: a.title,
    firstParagraph: a.paragraphs[0] ?? '',
    date: dated ? a.date : null,
    storyDate: a.date,
    topics: EXPECTED_TOPICS[a.kind],
  }
}

/** An earlier page that holds an article of its own (not itself a duplicate), or null. */
function earlierPage(seed: number, page: number, r: Random): number | null {
  if (page === 0) return null
  const candidate = page - 1 - r.int(0, Math.min(page - 1, LOOKBACK))
  return layoutOf(seed, candidate) === 'duplicate' ? null : candidate
}

/** The article's paragraphs as lines; `dated` when its dateline states the date (`لندن 24-7-2012 وفا-`). */
function bodyLines(a: SyntheticArticle, r: Random, messy: boolean): { lines: string[]; dated: boolean } {
  const dateline = f.dateline(a, r)
  const lines = a.paragraphs.map((p, i) => {
    const text = i === 0 ? `${dateline}${p}` : p
    // The first paragraph stays clean: it is part of the article's id on every copy.
    if (!messy || i === 0) return text
    return f.messyParagraph(r.chance(0.5) ? f.withTatweel(text, r) : f.persianLetters(text), r)
  })
  return { lines, dated: /\d/u.test(dateline) }
}

function aggregatorLines(
  seed: number,
  page: number,
  a: SyntheticArticle,
  r: Random,
  embedded: ExpectedArticle[],
): string[] {
  const messy = r.chance(0.15)
  const author = f.authorLines(a, r)
  const lines = [
    r.chance(0.08) ? f.persianLetters(a.title) : a.title,
    ...headerDateLines(a.date, r),
    ...author.top,
    ...bodyLines(a, r, messy).lines,
  ]
  if (r.chance(0.6)) lines.push(f.creditLine(a, r))
  if (r.chance(0.35)) lines.push(f.disclaimerLine(a))
  lines.push(...author.bottom)
  if (r.chance(0.5)) lines.push(`المصدر: ${a.outlet}`)
  const keywords = f.keywordsLine(a, r)
  if (keywords) lines.push(r.chance(0.3) ? f.persianLetters(keywords) : keywords)

  const sections = Number(r.weighted({ 0: 45, 1: 33, 2: 16, 3: 6 }))
  for (let slot = 0; slot < sections; slot++) {
    const copyFrom = r.chance(0.1) ? earlierPage(seed, page, r) : null
    const article = copyFrom === null ? syntheticArticle(slotSeed(seed, page, slot + 2)) : mainArticle(seed, copyFrom)
    const header = f.readAlsoHeader(r)
    // A read-also section that gives only the title of an article found on another page.
    if (copyFrom !== null && slot === sections - 1 && r.chance(0.3)) {
      lines.push(header, article.title)
      continue
    }
    const body = bodyLines(article, r, false)
    if (copyFrom === null) embedded.push(expected(article, body.dated))
    lines.push(...(r.chance(0.2) ? [`${header} ${article.title}`] : [header, article.title]), ...body.lines)
  }
  if (r.chance(0.4)) lines.push(...f.promoLines(r))
  return lines
}

function plainLines(a: SyntheticArticle, r: Random): { lines: string[]; dated: boolean } {
  const lines: string[] = []
  if (r.chance(0.3)) lines.push('', '')
  const dated = r.chance(0.3)
  if (dated) lines.push(r.chance(0.5) ? englishPublishLine(a.date) : arabicDateLine(a.date, r))
  const body = bodyLines(a, r, r.chance(0.2))
  lines.push(a.title, ...body.lines)
  const trailer = r.weighted({ source: 3, link: 1, tags: 1, none: 2 })
  if (trailer === 'source') lines.push(`المصدر: ${a.outlet}`)
  if (trailer === 'link') lines.push(`رابط الخبر بصحيفة ${a.outlet}`)
  if (trailer === 'tags') lines.push(a.keywords.map((k) => `#${k.replace(/ /gu, '_')}`).join(' ') || '#أخبار')
  return { lines, dated: dated || body.dated }
}

function encode(lines: readonly string[], r: Random): string {
  const newline = r.chance(0.1) ? '\r\n' : '\n'
  return `${r.chance(0.05) ? '\uFEFF' : ''}${lines.join(newline)}${newline}`
}

function pagePath(page: number, a: SyntheticArticle, layout: Layout, r: Random): string {
  const [year, month] = a.date.split('-')
  const slug = SLUGS[page % SLUGS.length] ?? 'site'
  const name = `${String(page).padStart(6, '0')}_${r.hex16()}.txt`
  return layout === 'plain' ? `archive/${slug}/${year}/${name}` : `sites/${slug}/${year}/${month}/${name}`
}

function freshPage(seed: number, page: number, layout: Exclude<Layout, 'duplicate'>): SyntheticPage {
  const r = new Random(slotSeed(seed, page, 100))
  const main = mainArticle(seed, page)
  const embedded: ExpectedArticle[] = []
  const { lines, dated } =
    layout === 'aggregator'
      ? { lines: aggregatorLines(seed, page, main, r, embedded), dated: true }
      : plainLines(main, r)
  return {
    path: pagePath(page, main, layout, r),
    text: encode(lines, r),
    newArticles: [expected(main, dated), ...embedded],
  }
}

export function syntheticPage(seed: number, page: number): SyntheticPage {
  const layout = layoutOf(seed, page)
  if (layout !== 'duplicate') return freshPage(seed, page, layout)
  // A page saved twice: the same bytes under a mirror folder; it adds no article.
  const original = earlierPage(seed, page, new Random(slotSeed(seed, page, 101)))
  if (original === null) return freshPage(seed, page, 'aggregator')
  const copy = freshPage(seed, original, layoutOf(seed, original) === 'plain' ? 'plain' : 'aggregator')
  const parts = copy.path.split('/')
  return {
    path: `mirror/${parts[1] ?? 'site'}/${String(page).padStart(6, '0')}-${parts[parts.length - 1] ?? ''}`,
    text: copy.text,
    newArticles: [],
  }
}
