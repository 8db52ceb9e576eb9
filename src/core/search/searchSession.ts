/**
 * A visit's search state (run by the search worker, features/search/worker): the manifest, the shards and summary chunks fetched
 * so far (each fetched once, a failed one forgotten so a retry fetches it again), and the last
 * queries' rankings, so "more results" costs only the summaries it adds.
 */
import type { z } from 'zod/mini'
import type { ArticleSummary } from '../schema.ts'
import {
  docChunkSchema,
  termShardSchema,
  searchPaths,
  type DocChunk,
  type SearchManifest,
  type TermShard,
} from '../searchSchema.ts'
import { rankQuery, type RankedSearch } from './rankQuery.ts'
import { isEmptyQuery, queryTerms } from './searchQuery.ts'
import { searchTermProcessor, type TermProcessor } from './searchTerms.ts'
import { shardedTermSource, shardKeysForQuery } from './shardedTerms.ts'

/** Reads one search data file and validates it (over HTTP in the browser, from disk in tests). */
export type LoadSearchData = <T>(path: string, schema: z.ZodMiniType<T>) => Promise<T>

export interface SearchAnswer {
  readonly query: string
  /** How many articles match, and whether that count is exact (see core/search/rankQuery.ts). */
  readonly total: number
  readonly exact: boolean
  /** The best `limit` of them, best first; only the first screen's while `complete` is false. */
  readonly articles: readonly ArticleSummary[]
  readonly hasMore: boolean
  /** False for a first screen answered ahead of the rest (see SearchSession.search). */
  readonly complete: boolean
}

/**
 * The results a first screen shows at most (two columns of three on a wide screen, two or three
 * cards on a phone): a query whose best results need summaries fetched has these answered first.
 */
export const FIRST_SCREEN_RESULTS = 6

/** Shards kept in memory: plenty for a visit's queries, bounded however long the visit. */
const SHARD_CACHE_LIMIT = 256
const CHUNK_CACHE_LIMIT = 512
const RANKING_CACHE_LIMIT = 16
/**
 * After an answer, the summaries of the next results are fetched while the reader pauses: the
 * next keystroke usually narrows the same word, and its best results are mostly among these.
 * Few at a time, so they never hold up the next query's own requests for long.
 */
const PREFETCH_RESULTS = 60
const PREFETCH_AFTER_MS = 60
const PREFETCH_CONCURRENCY = 3

/** A Map used as a least-recently-used cache: reading an entry moves it to the back. */
function remember<K, V>(cache: Map<K, V>, key: K, limit: number, make: () => V): V {
  const cached = cache.get(key)
  if (cached !== undefined) {
    cache.delete(key)
    cache.set(key, cached)
    return cached
  }
  const value = make()
  cache.set(key, value)
  for (const oldest of cache.keys()) {
    if (cache.size <= limit) break
    cache.delete(oldest)
  }
  return value
}

export class SearchSession {
  private readonly keys: ReadonlySet<string>
  private readonly processTerm: TermProcessor
  private readonly shards = new Map<string, Promise<TermShard>>()
  private readonly chunks = new Map<number, Promise<DocChunk>>()
  /** The chunk fetches that have succeeded. */
  private readonly chunksIn = new WeakSet<Promise<DocChunk>>()
  private readonly rankings = new Map<string, RankedSearch>()
  /** Bumped by every search, so a pending prefetch knows it is stale. */
  private generation = 0

  constructor(
    private readonly manifest: SearchManifest,
    private readonly load: LoadSearchData,
  ) {
    this.keys = new Set(manifest.shards.map((shard) => shard.key))
    this.processTerm = searchTermProcessor(manifest.synonyms)
  }

  /**
   * The best `limit` results of `query`. When some of their summaries must be fetched, `firstScreen`
   * (if given) is answered first with the first screen's, fetched first: a narrower query's best
   * results are often past the summaries fetched for the one before it, and the screen needs
   * only its first few to paint.
   */
  async search(query: string, limit: number, firstScreen?: (answer: SearchAnswer) => void): Promise<SearchAnswer> {
    const generation = ++this.generation
    const ranked = await this.rank(query)
    const shown = ranked.hits.slice(0, limit)
    const found = { query, total: ranked.total, exact: ranked.exact, hasMore: ranked.hits.length > shown.length }
    const allAtHand = () => shown.every((hit) => this.summaryAtHand(hit.doc))
    if (firstScreen !== undefined && shown.length > FIRST_SCREEN_RESULTS && !allAtHand()) {
      // The rest is asked for once the first screen is answered: its fetches and their parsing
      // would otherwise hold up the first screen's.
      const first = await Promise.all(shown.slice(0, FIRST_SCREEN_RESULTS).map((hit) => this.summary(hit.doc)))
      firstScreen({ ...found, articles: first, complete: false })
    }
    const articles = await Promise.all(shown.map((hit) => this.summary(hit.doc)))
    setTimeout(() => void this.prefetch(ranked, limit, generation), PREFETCH_AFTER_MS)
    return { ...found, articles, complete: true }
  }

  /** Fetches the chunks of the results after the first `from`, until another search starts. */
  private async prefetch(ranked: RankedSearch, from: number, generation: number): Promise<void> {
    const chunks = [
      ...new Set(
        ranked.hits.slice(from, PREFETCH_RESULTS).map((hit) => Math.floor(hit.doc / this.manifest.docsPerChunk)),
      ),
    ]
    const next = async (): Promise<void> => {
      for (let chunk = chunks.shift(); chunk !== undefined && generation === this.generation; chunk = chunks.shift()) {
        await this.summary(chunk * this.manifest.docsPerChunk).catch(() => undefined)
      }
    }
    await Promise.all(Array.from({ length: PREFETCH_CONCURRENCY }, next))
  }

  private async rank(query: string): Promise<RankedSearch> {
    const cached = this.rankings.get(query)
    if (cached !== undefined) return cached
    const terms = queryTerms(query, this.processTerm)
    if (isEmptyQuery(terms)) return { hits: [], total: 0, exact: true }
    const keys = shardKeysForQuery(terms, this.keys)
    const loaded = await Promise.all(keys.map(async (key) => [key, await this.shard(key)] as const))
    const ranked = rankQuery(terms, shardedTermSource(this.keys, new Map(loaded)))
    return remember(this.rankings, query, RANKING_CACHE_LIMIT, () => ranked)
  }

  private shard(key: string): Promise<TermShard> {
    return this.cached(this.shards, key, SHARD_CACHE_LIMIT, () => this.load(searchPaths.shard(key), termShardSchema))
  }

  private summaryAtHand(doc: number): boolean {
    const chunk = this.chunks.get(Math.floor(doc / this.manifest.docsPerChunk))
    return chunk !== undefined && this.chunksIn.has(chunk)
  }

  private async summary(doc: number): Promise<ArticleSummary> {
    const number = Math.floor(doc / this.manifest.docsPerChunk)
    const chunk = await this.cached(this.chunks, number, CHUNK_CACHE_LIMIT, () => {
      const loading = this.load(searchPaths.docChunk(number), docChunkSchema)
      loading.then(
        () => this.chunksIn.add(loading),
        () => undefined,
      )
      return loading
    })
    const summary = chunk.summaries[doc - chunk.first]
    if (summary === undefined) throw new Error(`${searchPaths.docChunk(number)} does not hold document ${doc}`)
    return summary
  }

  /** A fetch remembered while it succeeds; a failed one is forgotten, so the next try fetches again. */
  private cached<K, T>(cache: Map<K, Promise<T>>, key: K, limit: number, fetchIt: () => Promise<T>): Promise<T> {
    const promise = remember(cache, key, limit, fetchIt)
    promise.catch(() => {
      if (cache.get(key) === promise) cache.delete(key)
    })
    return promise
  }
}
