/**
 * The search index (DESIGN §5 search, §7 scale), built once at ingest so the browser only loads
 * it: MiniSearch over each article's title, body, keywords, outlet, dateline and author, with the
 * shared term processing (core/search), stored with the synonym groups it was built with and a few
 * words to suggest when a query finds nothing.
 */
import MiniSearch from 'minisearch'
import { SCHEMA_VERSION, type Article, type SearchIndexFile } from '../core/schema.ts'
import { searchIndexOptions, searchQueryOptions, type SearchDocument } from '../core/search/searchIndexOptions.ts'
import type { SynonymGroups } from '../core/search/searchTerms.ts'

/** How many words the "nothing found" message suggests. */
const SUGGESTION_COUNT = 8

function searchDocument(article: Article): SearchDocument {
  return {
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    outlet: article.outlet,
    excerpt: article.excerpt,
    topics: article.topics,
    readingMinutes: article.readingMinutes,
    body: article.body.join('\n'),
    keywords: article.keywords.join('\n'),
    dateline: article.dateline ?? '',
    author: article.author ?? '',
  }
}

/** The outlets' most used keywords first, then the topics' terms; only words that find something. */
function suggestions(articles: readonly Article[], topicTerms: readonly string[], index: MiniSearch<SearchDocument>): string[] {
  const uses = new Map<string, number>()
  for (const article of articles) for (const keyword of article.keywords) uses.set(keyword, (uses.get(keyword) ?? 0) + 1)
  const keywords = [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([keyword]) => keyword)
  const picked: string[] = []
  if (index.documentCount === 0) return picked
  for (const word of new Set([...keywords, ...topicTerms])) {
    if (picked.length === SUGGESTION_COUNT) break
    if (index.search(word, searchQueryOptions).length > 0) picked.push(word)
  }
  return picked
}

export function buildSearchIndex(articles: readonly Article[], synonyms: SynonymGroups, topicTerms: readonly string[]): SearchIndexFile {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions(synonyms))
  index.addAll(articles.map(searchDocument))
  return {
    schemaVersion: SCHEMA_VERSION,
    documentCount: index.documentCount,
    synonyms: synonyms.map((group) => [...group]),
    suggestions: suggestions(articles, topicTerms, index),
    // MiniSearch's toJSON: the plain object `MiniSearch.loadJS` reads back.
    index: index.toJSON() as unknown as SearchIndexFile['index'],
  }
}
