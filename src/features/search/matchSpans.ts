/**
 * Where a search matched in displayed text, as [start, end) offsets into the ORIGINAL text: each
 * word of the normalized text goes through the same term processing as the index, and a word whose
 * term the query accepts (core/search/searchQuery.ts: a query term, or one its last word starts)
 * is mapped back to its original characters (normalizeWithMap), marks included. The
 * text itself is never changed.
 */
import { normalizeWithMap } from '@/core/arabic/normalize.ts'
import { acceptsTerm, isEmptyQuery, type QueryTerms } from '@/core/search/searchQuery.ts'
import type { TermProcessor } from '@/core/search/searchTerms.ts'

const WORD = /[\p{L}\p{N}]+/gu

export type Span = readonly [start: number, end: number]

export function matchSpans(text: string, query: QueryTerms, processTerm: TermProcessor): Span[] {
  if (isEmptyQuery(query)) return []
  const { normalized, map } = normalizeWithMap(text)
  const spans: Span[] = []
  for (const match of normalized.matchAll(WORD)) {
    const term = processTerm(match[0])
    if (term === null || !acceptsTerm(query, term)) continue
    const start = map[match.index] ?? text.length
    const end = map[match.index + match[0].length] ?? text.length
    spans.push([start, end])
  }
  return spans
}
