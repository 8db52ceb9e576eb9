/**
 * A query against the loaded index: the matching articles, best first, as the summaries a card
 * shows, and the index terms that matched (what the highlighter looks for in the displayed text).
 */
import { articleSummarySchema, type ArticleSummary } from '../../core/schema.ts'
import { searchQueryOptions } from '../../core/search/searchIndexOptions.ts'
import type { SearchEngine } from './api/searchIndexQuery.ts'

export interface SearchOutcome {
  readonly articles: readonly ArticleSummary[]
  /** Index terms that matched, per article id. */
  readonly matchedTerms: ReadonlyMap<string, ReadonlySet<string>>
}

const NOTHING: SearchOutcome = { articles: [], matchedTerms: new Map() }

export function searchArticles(engine: SearchEngine, query: string): SearchOutcome {
  if (query.trim() === '') return NOTHING
  const articles: ArticleSummary[] = []
  const matchedTerms = new Map<string, ReadonlySet<string>>()
  for (const result of engine.index.search(query, searchQueryOptions)) {
    const summary = articleSummarySchema.safeParse(result)
    if (!summary.success) continue
    articles.push(summary.data)
    matchedTerms.set(summary.data.id, new Set(result.terms))
  }
  return { articles, matchedTerms }
}

/** Every term that matched in any article. */
export function allMatchedTerms(outcome: SearchOutcome): ReadonlySet<string> {
  return new Set([...outcome.matchedTerms.values()].flatMap((terms) => [...terms]))
}
