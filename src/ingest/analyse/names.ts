/**
 * Proper names an article mentions, in display form: the taxonomy's name terms (الولايات المتحدة,
 * أفريكوم, الجزائر…, whatever spelling the page used), known places, and Latin capitalised words
 * and acronyms (AFRICOM, NATO). They explain why two articles are related ("both name واشنطن").
 * Arabic has no capital letters, so Arabic names come from these lists rather than from the text's shape.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { KNOWN_PLACES } from '../parse/datelineWords.ts'
import type { Taxonomy } from './taxonomy.ts'
import { termMatcher, type TermHit } from './topics.ts'

const PLACES_GROUP = 'places'
const placeMatcher = termMatcher({
  [PLACES_GROUP]: { terms: KNOWN_PLACES.map((place) => ({ display: place, match: [place] })) },
})

/** Capitalised Latin words (Pentagon) and acronyms (AFRICOM, NATO); sentence-initial English is rare in Arabic pages. */
const LATIN_NAME = /\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b[A-Z][a-z]{2,}\b/gu

export function articleNames(
  taxonomy: Taxonomy,
  taxonomyHits: readonly TermHit[],
  tokens: readonly string[],
  text: readonly string[],
): string[] {
  const fromTaxonomy = taxonomyHits.filter((h) => taxonomy.termGroups[h.group]?.names !== false).map((h) => h.display)
  const places = placeMatcher.find(tokens).map((h) => h.display)
  const latin = text.flatMap((p) => p.match(LATIN_NAME) ?? [])
  const seen = new Set<string>()
  return [...fromTaxonomy, ...places, ...latin].filter((name) => {
    const key = normalize(name)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
