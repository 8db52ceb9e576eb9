/**
 * A typed query as search terms (DESIGN §5 search): every word must match (a query narrows, as
 * readers expect); the last word also matches as a prefix while it is being typed, once it has two
 * letters. The same reading serves the index lookup (in the search worker) and the highlighter
 * (which marks every displayed word whose term the query accepts).
 */
import { searchWords, type TermProcessor } from './searchTerms.ts'

/** A prefix shorter than this matches only as a whole term (one letter would match half the index). */
export const MIN_PREFIX_LENGTH = 2

export interface QueryTerms {
  /** Terms that must match exactly, deduplicated, in query order. */
  readonly exact: readonly string[]
  /** The last word's term, which may also match as the start of a longer term; null if too short. */
  readonly prefix: string | null
}

export function queryTerms(query: string, processTerm: TermProcessor): QueryTerms {
  const terms = searchWords(query).flatMap((word) => processTerm(word) ?? [])
  const last = terms.pop()
  if (last === undefined) return { exact: [], prefix: null }
  const exact = [...new Set(terms)].filter((term) => term !== last)
  if (last.length < MIN_PREFIX_LENGTH) return { exact: [...exact, last], prefix: null }
  return { exact, prefix: last }
}

export function isEmptyQuery(terms: QueryTerms): boolean {
  return terms.exact.length === 0 && terms.prefix === null
}

/** Whether a word's term is one the query looks for: an exact term, or one the last word starts. */
export function acceptsTerm(terms: QueryTerms, term: string): boolean {
  return terms.exact.includes(term) || (terms.prefix !== null && term.startsWith(terms.prefix))
}
