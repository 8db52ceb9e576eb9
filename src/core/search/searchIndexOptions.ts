/**
 * How the search index is built and read: the same fields, tokenizer and term processing on both
 * sides, so an index written by the ingest answers queries typed in the browser. Type-only import of
 * MiniSearch: this module adds nothing to a bundle that does not load the engine itself.
 */
import type { Options, SearchOptions } from 'minisearch'
import type { ArticleSummary } from '../schema.ts'
import { searchTermProcessor, searchWords, type SynonymGroups } from './searchTerms.ts'

/** What the index holds per article: the searchable text and what a result card shows. */
export interface SearchDocument extends ArticleSummary {
  body: string
  keywords: string
  dateline: string
  author: string
}

/** Fields searched, and the weight of a match in each. */
const FIELD_BOOST = { title: 3, keywords: 2, outlet: 1.5, dateline: 1.5, author: 1.5, body: 1 } as const

export const searchFields = Object.keys(FIELD_BOOST) as Array<keyof typeof FIELD_BOOST>

/** Stored per article: enough to render a result card (the summary the feed shows). */
export const storedFields = ['id', 'title', 'publishedAt', 'outlet', 'excerpt', 'topics', 'readingMinutes'] as const

export function searchIndexOptions(synonyms: SynonymGroups): Options<SearchDocument> {
  const processTerm = searchTermProcessor(synonyms)
  return {
    idField: 'id',
    fields: searchFields,
    storeFields: [...storedFields],
    tokenize: searchWords,
    processTerm,
  }
}

/**
 * Query options: every word must match (a query narrows, as readers expect), the last word also as
 * a prefix so results appear while it is being typed.
 */
export const searchQueryOptions: SearchOptions = {
  combineWith: 'AND',
  boost: FIELD_BOOST,
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
}
