/**
 * The search data (docs/contract.md, `search/`), built once at ingest. Pure: articles in, files
 * out (path inside the data folder → JSON text), each validated against core/searchSchema.ts.
 *
 * - `search/terms/<key>.json`: the term index in shards by term prefix (searchShards.ts), each
 *   term with its true document count and its best documents' BM25 scores (searchPostings.ts);
 * - `search/docs/<n>.json`: result-card summaries, `docsPerChunk` documents a file, newest first;
 * - `search/manifest.json`: the shard keys and sizes, the synonym groups the terms were built
 *   with (the browser processes queries with them), and words to suggest when nothing matches.
 */
import { z } from 'zod/mini'
import { SCHEMA_VERSION, type Article, type ArticleSummary } from '@/core/schema.ts'
import {
  docChunkSchema,
  searchManifestSchema,
  searchPaths,
  termShardSchema,
  type SearchManifest,
  type TermShard,
} from '@/core/searchSchema.ts'
import { rankQuery, type TermSource } from '@/core/search/rankQuery.ts'
import { queryTerms } from '@/core/search/searchQuery.ts'
import { searchTermProcessor, type SynonymGroups, type TermProcessor } from '@/core/search/searchTerms.ts'
import { shardedTermSource } from '@/core/search/shardedTerms.ts'
import { encodePostings } from '@/core/search/postings.ts'
import { PostingsBuilder } from './searchPostings.ts'
import { encodedSize, shardTerms, type EncodedTerm } from './searchShards.ts'

/** What the index reads of an article (an Article has it all); search results leave stories out (the feed shows them). */
export type SearchSource = {
  readonly [
    K in keyof Pick<
      Article,
      Exclude<keyof ArticleSummary, 'storyId' | 'storyOutlets'> | 'body' | 'keywords' | 'dateline' | 'author'
    >
  ]: Article[K] extends string[] ? readonly string[] : Article[K]
}

export interface SearchIndexOptions {
  /** A term keeps at most this many documents, its best scoring. */
  readonly postingsCap: number
  /** A shard is split by one more letter when its JSON would exceed this. */
  readonly shardTargetBytes: number
  readonly docsPerChunk: number
}

export const DEFAULT_SEARCH_INDEX_OPTIONS: SearchIndexOptions = {
  postingsCap: 1000,
  shardTargetBytes: 48_000,
  docsPerChunk: 20,
}

/** Scores are stored as integers: round(BM25 × this). */
const SCORE_SCALE = 20
/** How many words the "nothing found" message suggests. */
const SUGGESTION_COUNT = 8

export interface SearchIndexBuild {
  /** Path inside the data folder → file content. */
  readonly files: Map<string, string>
  /** What the data manifest's `search` field says. */
  readonly manifestEntry: { readonly index: string; readonly documentCount: number }
}

/**
 * The index's document order: newest first (undated last), then by id. Document numbers follow it,
 * so ties in score go to the newer.
 */
export function searchOrder(
  a: Pick<SearchSource, 'id' | 'publishedAt'>,
  b: Pick<SearchSource, 'id' | 'publishedAt'>,
): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1
    if (b.publishedAt === null) return -1
    return a.publishedAt < b.publishedAt ? 1 : -1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The fields searched, with the weight of a word in each. */
function weightedFields(a: SearchSource): ReadonlyArray<readonly [string, number]> {
  return [
    [a.title, 3],
    [a.keywords.join('\n'), 2],
    [a.outlet ?? '', 1.5],
    [a.dateline ?? '', 1.5],
    [a.author ?? '', 1.5],
    [a.body.join('\n'), 1],
  ]
}

function summary(a: SearchSource): ArticleSummary {
  const { id, title, publishedAt, outlet, excerpt, topics, readingMinutes } = a
  return { id, title, publishedAt, outlet, excerpt, topics: [...topics], readingMinutes }
}

function validatedJson<T>(schema: z.ZodMiniType<T>, value: T, what: string): string {
  const result = z.safeParse(schema, value)
  if (!result.success) throw new Error(`${what} does not match the search data contract: ${result.error.message}`)
  return JSON.stringify(result.data)
}

function encodeTerms(builder: PostingsBuilder, cap: number): EncodedTerm[] {
  const encoded: EncodedTerm[] = []
  for (const { term, df, docs, scores } of builder.scoredTerms(cap, SCORE_SCALE)) {
    const postings = encodePostings({ docs, scores })
    encoded.push({ term, df, postings, bytes: encodedSize(term, df, postings) })
  }
  return encoded
}

/** The outlets' most used keywords first, then the topics' terms; only words that find something. */
function suggestions(
  uses: ReadonlyMap<string, number>,
  topicTerms: readonly string[],
  index: TermSource,
  processTerm: TermProcessor,
): string[] {
  const keywords = [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([keyword]) => keyword)
  const picked: string[] = []
  for (const word of new Set([...keywords, ...topicTerms])) {
    if (picked.length === SUGGESTION_COUNT) break
    if (rankQuery(queryTerms(word, processTerm), index).hits.length > 0) picked.push(word)
  }
  return picked
}

/** Where the index is built: here (SearchIndexBuilder) or on a thread of its own (run/searchThread.ts). */
export interface SearchIndexSink {
  /** Adds the next article; articles come in `searchOrder`. */
  add(article: SearchSource): void
  /** The index's files, once every article is added. */
  finish(topicTerms: readonly string[]): SearchIndexBuild
}

/**
 * The index built one article at a time, in `searchOrder`, so the ingest can hand articles over
 * while it does other work (docs/performance.md, "The ingest").
 */
export class SearchIndexBuilder implements SearchIndexSink {
  private readonly processTerm: TermProcessor
  private readonly postings: PostingsBuilder
  private readonly summaries: ArticleSummary[] = []
  private readonly keywordUses = new Map<string, number>()
  private last: SearchSource | null = null

  constructor(
    private readonly synonyms: SynonymGroups,
    private readonly options: SearchIndexOptions = DEFAULT_SEARCH_INDEX_OPTIONS,
  ) {
    this.processTerm = searchTermProcessor(synonyms)
    this.postings = new PostingsBuilder(this.processTerm)
  }

  /** Adds the next article; articles come in `searchOrder` (document numbers are given in that order). */
  add(article: SearchSource): void {
    if (this.last && searchOrder(this.last, article) >= 0)
      throw new Error(`search index: article ${article.id} added out of order (after ${this.last.id})`)
    this.last = article
    this.postings.add(this.summaries.length, weightedFields(article))
    this.summaries.push(summary(article))
    for (const keyword of article.keywords) this.keywordUses.set(keyword, (this.keywordUses.get(keyword) ?? 0) + 1)
  }

  /** The index's files, once every article is added. */
  finish(topicTerms: readonly string[]): SearchIndexBuild {
    const { options, summaries } = this
    const shards = shardTerms(encodeTerms(this.postings, options.postingsCap), options.shardTargetBytes)
    const files = new Map<string, string>()
    const entries: SearchManifest['shards'] = []
    for (const shard of shards) {
      const json = validatedJson<TermShard>(termShardSchema, shard, `search shard ${shard.key}`)
      files.set(searchPaths.shard(shard.key), json)
      entries.push({ key: shard.key, terms: shard.terms.length, bytes: Buffer.byteLength(json) })
    }
    for (let first = 0, chunk = 0; first < summaries.length; first += options.docsPerChunk, chunk++) {
      const json = validatedJson(
        docChunkSchema,
        { schemaVersion: SCHEMA_VERSION, first, summaries: summaries.slice(first, first + options.docsPerChunk) },
        `search summaries ${chunk}`,
      )
      files.set(searchPaths.docChunk(chunk), json)
    }
    const keys = new Set(shards.map((s) => s.key))
    const index = shardedTermSource(keys, new Map(shards.map((s) => [s.key, s])))
    const manifest: SearchManifest = {
      schemaVersion: SCHEMA_VERSION,
      documentCount: summaries.length,
      docsPerChunk: options.docsPerChunk,
      postingsCap: options.postingsCap,
      scoreScale: SCORE_SCALE,
      synonyms: this.synonyms.map((group) => [...group]),
      suggestions: suggestions(this.keywordUses, topicTerms, index, this.processTerm),
      shards: entries,
    }
    files.set(searchPaths.manifest, validatedJson(searchManifestSchema, manifest, 'search manifest'))
    return { files, manifestEntry: { index: searchPaths.manifest, documentCount: summaries.length } }
  }
}

export function buildSearchIndex(
  articles: readonly SearchSource[],
  synonyms: SynonymGroups,
  topicTerms: readonly string[],
  options: SearchIndexOptions = DEFAULT_SEARCH_INDEX_OPTIONS,
): SearchIndexBuild {
  const builder = new SearchIndexBuilder(synonyms, options)
  for (const article of [...articles].sort(searchOrder)) builder.add(article)
  return builder.finish(topicTerms)
}
