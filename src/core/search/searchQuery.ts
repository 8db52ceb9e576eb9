/**
 * A typed query as search terms: every word must match (a query narrows, as
 * readers expect); the last word also matches as a prefix while it is being typed, once it has two
 * letters. The same reading serves the index lookup (in the search worker) and the highlighter
 * (which marks every displayed word whose term the query accepts).
 */
import { normalize } from '../arabic/normalize.ts'
import { foldSpellingVariants } from '../arabic/spellingVariants.ts'
import { searchWords, type TermProcessor } from './searchTerms.ts'

/** A prefix shorter than this matches only as a whole term (one letter would match half the index). */
export const MIN_PREFIX_LENGTH = 2

/**
 * The article with its proclitics (ال وال بال كال فال لل). The stemmer strips it only from a word
 * long enough to be sure of (الحكو → حكو), so a half-typed word (الحك) is also tried without it.
 */
const ARTICLE = /^(?:[وفبكل]?ال|لل)/

export interface QueryTerms {
  /** Terms that must match exactly, deduplicated, in query order. */
  readonly exact: readonly string[]
  /** The last word's readings as a prefix (its term, and without the article); empty if it is too short. */
  readonly prefixes: readonly string[]
}

/** The last word as prefixes: its term, and the word without its article when the stemmer kept it. */
function prefixReadings(word: string, term: string): string[] {
  const bare = foldSpellingVariants(normalize(word)).replace(ARTICLE, '')
  const readings = [term]
  if (bare.length >= MIN_PREFIX_LENGTH && !term.startsWith(bare) && !bare.startsWith(term)) readings.push(bare)
  return readings
}

export function queryTerms(query: string, processTerm: TermProcessor): QueryTerms {
  const words = searchWords(query).flatMap((word) => {
    const term = processTerm(word)
    return term === null ? [] : [{ word, term }]
  })
  const last = words.pop()
  if (last === undefined) return { exact: [], prefixes: [] }
  const exact = [...new Set(words.map((w) => w.term))].filter((term) => term !== last.term)
  if (last.term.length < MIN_PREFIX_LENGTH) return { exact: [...exact, last.term], prefixes: [] }
  return { exact, prefixes: prefixReadings(last.word, last.term) }
}

export function isEmptyQuery(terms: QueryTerms): boolean {
  return terms.exact.length === 0 && terms.prefixes.length === 0
}

/** Whether a word's term is one the query looks for: an exact term, or one the last word starts. */
export function acceptsTerm(terms: QueryTerms, term: string): boolean {
  return terms.exact.includes(term) || terms.prefixes.some((prefix) => term.startsWith(prefix))
}
