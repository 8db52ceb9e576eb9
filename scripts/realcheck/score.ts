/**
 * Scores one parse of a built page against its truth: articles found, then per article title
 * (whitespace-normalized, exact), body, date, outlet, author and dateline. Got articles are
 * paired with truth articles by body overlap, so one missed article costs its own fields only.
 */
import type { PageParse } from '@/ingest/parse/parsePage.ts'
import { displayText, tokenF1, tokens, wordString } from './text.ts'
import type { ArticleTruth, BuiltPage } from './truth.ts'

export const FIELDS = ['articles', 'title', 'body', 'publishedAt', 'outlet', 'author', 'dateline'] as const
export type Field = (typeof FIELDS)[number]

export const MIN_BODY_F1 = 0.9

export interface GotArticle {
  readonly title: string
  readonly body: readonly string[]
  readonly publishedAt: string | null
  readonly outlet: string | null
  readonly author: string | null
  readonly dateline: string | null
}

export interface FieldResult {
  readonly field: Field
  readonly ok: boolean
  /** Which truth article (0 = main); absent for the page-level article count. */
  readonly article?: number
  readonly expected: string
  readonly got: string
}

export interface PageScore {
  readonly fields: readonly FieldResult[]
  readonly fullyRight: boolean
}

/**
 * The paragraph without a leading dateline (`سبق- الرياض: …`, a few words ended by a colon or a
 * dash): the contract keeps the dateline apart (its own field), so a body may rightly lack it.
 */
export function withoutDateline(paragraph: string): string {
  const match = /^(?:\S+\s+){0,5}\S*[:：]\s+/u.exec(paragraph) ?? /^(?:\S+\s+){0,3}\S*[-–—]\s+/u.exec(paragraph)
  return match ? paragraph.slice(match[0].length) : paragraph
}

/** Why a body is wrong, or null when it is right. */
export function bodyProblem(truth: ArticleTruth, got: readonly string[], furniture: readonly string[]): string | null {
  const gotWords = wordString(got.join('\n'))
  // The article's text may open with its dateline (`سبق- الرياض: …`): the parser keeps it apart.
  const first = truth.body[0] ?? ''
  const firstKept = gotWords.includes(wordString(first)) ? first : withoutDateline(first)
  if (!gotWords.includes(wordString(firstKept))) return 'first paragraph missing'
  const body = [firstKept, ...truth.body.slice(1)]
  if (!gotWords.includes(wordString(body.at(-1) ?? ''))) return 'last paragraph missing'
  const truthWords = wordString(truth.body.join('\n'))
  const paragraphs = got.map(wordString)
  for (const line of furniture) {
    const words = wordString(line)
    if (words.trim().length === 0 || truthWords.includes(words)) continue
    const long = tokens(line).length >= 3
    if (paragraphs.some((p) => p === words || (long && p.includes(words))))
      return `furniture in body: ${displayText(line)}`
  }
  const f1 = tokenF1(tokens(body.join('\n')), tokens(got.join('\n')))
  return f1 >= MIN_BODY_F1 ? null : `token F1 ${f1.toFixed(2)}`
}

function show(value: string | null | undefined): string {
  return value === null || value === undefined ? '∅' : displayText(value)
}

function sameText(expected: string | null, got: string | null): boolean {
  return expected === null || got === null ? expected === got : displayText(expected) === displayText(got)
}

/** Pairs each truth article with the unused got article whose body overlaps it most (none below a floor). */
export function pairArticles(truths: readonly ArticleTruth[], got: readonly GotArticle[]): Array<GotArticle | null> {
  const used = new Set<number>()
  const gotTokens = got.map((a) => tokens([a.title, ...a.body].join('\n')))
  return truths.map((truth) => {
    const want = tokens([truth.title, ...truth.body].join('\n'))
    let best = -1
    let bestF1 = 0.2
    gotTokens.forEach((candidate, i) => {
      if (used.has(i)) return
      const f1 = tokenF1(want, candidate)
      if (f1 > bestF1) [best, bestF1] = [i, f1]
    })
    if (best < 0) return null
    used.add(best)
    return got[best] ?? null
  })
}

function articleFields(
  truth: ArticleTruth,
  got: GotArticle | null,
  index: number,
  furniture: readonly string[],
): FieldResult[] {
  const results: FieldResult[] = []
  const add = (field: Field, ok: boolean, expected: string, gotText: string): void => {
    results.push({ field, ok, article: index, expected, got: gotText })
  }
  add(
    'title',
    got !== null && sameText(truth.title, got.title),
    show(truth.title),
    got ? show(got.title) : 'article not found',
  )
  const problem = got ? bodyProblem(truth, got.body, furniture) : 'article not found'
  add(
    'body',
    problem === null,
    `${truth.body.length} paragraphs: ${show(truth.body[0]).slice(0, 80)}…`,
    problem ?? 'ok',
  )
  const optional: Array<[Field, string | null | undefined, string | null | undefined]> = [
    ['publishedAt', truth.publishedAt, got?.publishedAt],
    ['outlet', truth.outlet, got?.outlet],
    ['author', truth.author, got?.author],
    ['dateline', truth.dateline, got?.dateline],
  ]
  for (const [field, expected, gotValue] of optional) {
    if (expected === undefined) continue
    add(
      field,
      got !== null && sameText(expected, gotValue ?? null),
      show(expected),
      got ? show(gotValue) : 'article not found',
    )
  }
  return results
}

export function scorePage(page: BuiltPage, parse: PageParse): PageScore {
  const got: GotArticle[] = parse.status === 'ok' ? [...parse.articles] : []
  const count: FieldResult = {
    field: 'articles',
    ok: got.length === page.articles.length,
    expected: String(page.articles.length),
    got: parse.status === 'ok' ? String(got.length) : `rejected: ${parse.reason}`,
  }
  const paired = pairArticles(page.articles, got)
  const fields = [
    count,
    ...page.articles.flatMap((truth, i) => articleFields(truth, paired[i] ?? null, i, page.furniture)),
  ]
  return { fields, fullyRight: fields.every((f) => f.ok) }
}
