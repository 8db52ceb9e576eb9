/**
 * The search data (docs/contract.md, `search/`): a term
 * index split into shards the browser fetches one query at a time, and the result cards' summaries
 * in small chunks by document number, found from a small search manifest that the data manifest
 * points to (`manifest.search.index`). The ingest validates what it writes with these schemas, the
 * search worker what it reads. Written with zod/mini: the worker's bundle stays small.
 */
import { z } from 'zod/mini'
import { articleSummarySchema, SCHEMA_VERSION } from './schema.ts'
import { shardFileName } from './search/shardKeys.ts'

const count = z.int().check(z.gte(0))

export const searchShardEntrySchema = z.object({
  /** The term prefix the shard holds (see search/shardKeys.ts). */
  key: z.string().check(z.minLength(1)),
  /** Terms in the shard, and its size in bytes as written (so the worker can say what it fetches). */
  terms: count,
  bytes: count,
})

export const searchManifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documentCount: count,
  /** Documents per summary chunk: document n is in chunk floor(n / docsPerChunk). */
  docsPerChunk: z.int().check(z.gte(1)),
  /** A term's postings keep at most this many documents (its best scoring); its true count is kept apart. */
  postingsCap: z.int().check(z.gte(1)),
  /** Stored score = round(score × scoreScale), so postings are small integers. */
  scoreScale: z.number().check(z.gt(0)),
  /** Groups of words that mean the same; the first names the group (core/search/searchTerms.ts). */
  synonyms: z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(2))),
  /** Words to suggest when a query finds nothing; each finds something. */
  suggestions: z.array(z.string().check(z.minLength(1))),
  shards: z.array(searchShardEntrySchema),
})

/**
 * One shard: its terms in sorted order, each with its document frequency (true, even when its
 * postings are capped) and its postings as one flat list `[doc gap, score, doc gap, score, …]`:
 * documents ascending, each as the gap from the previous one (the first from -1), scores scaled.
 */
export const termShardSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    key: z.string().check(z.minLength(1)),
    terms: z.array(z.string().check(z.minLength(1))),
    df: z.array(count),
    postings: z.array(z.array(count)),
  })
  .check(
    z.refine((shard) => shard.df.length === shard.terms.length && shard.postings.length === shard.terms.length, {
      message: 'terms, df and postings must have one entry per term',
    }),
  )

/** Summaries of documents first … first + summaries.length - 1, what a result card shows. */
export const docChunkSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  first: count,
  summaries: z.array(articleSummarySchema),
})

export type SearchManifest = z.infer<typeof searchManifestSchema>
export type SearchShardEntry = z.infer<typeof searchShardEntrySchema>
export type TermShard = z.infer<typeof termShardSchema>
export type DocChunk = z.infer<typeof docChunkSchema>

/** Where the search data lives inside the data folder. */
export const searchPaths = {
  manifest: 'search/manifest.json',
  shard: (key: string) => `search/terms/${shardFileName(key)}.json`,
  docChunk: (chunk: number) => `search/docs/${chunk}.json`,
} as const
