/**
 * Search term processing (docs/contract.md, `search/`; docs/ingest.md, "Arabic words"): the one function run on every word, when the ingest
 * builds the term index (ingest/search/searchPostings.ts) and when the browser reads a query, so both
 * sides meet on the same terms: normalize (hamza, ta marbuta, Persian letters, digits, case) →
 * fold spelling variants → light stem → synonyms (a Latin name and its Arabic spelling, from the
 * topic taxonomy) to one canonical term.
 */
import { normalize } from '../arabic/normalize.ts'
import { foldSpellingVariants } from '../arabic/spellingVariants.ts'
import { stem } from '../arabic/stem.ts'
import { tokenize } from '../arabic/tokenize.ts'

/** Groups of words that mean the same thing, e.g. `[["أفريكوم", "AFRICOM"]]`; the first word names the group. */
export type SynonymGroups = ReadonlyArray<readonly string[]>

/** A word's search term before synonyms: normalized, variant-folded and stemmed. */
export function baseTerm(word: string): string {
  return stem(foldSpellingVariants(normalize(word)))
}

/** A term processor: word → search term, or null for a word that carries nothing. */
export type TermProcessor = (word: string) => string | null

export function searchTermProcessor(synonyms: SynonymGroups): TermProcessor {
  const canonical = new Map<string, string>()
  for (const group of synonyms) {
    const [first] = group
    if (first === undefined) continue
    for (const word of group) canonical.set(baseTerm(word), baseTerm(first))
  }
  return (word) => {
    const term = baseTerm(word)
    if (term === '') return null
    return canonical.get(term) ?? term
  }
}

/** Splits text into words the way the index does (normalized word tokens). */
export function searchWords(text: string): string[] {
  return tokenize(text)
}
