import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { tokenize } from '@/core/arabic/tokenize.ts'
import {
  docChunkSchema,
  searchManifestSchema,
  searchPaths,
  termShardSchema,
  type TermShard,
} from '@/core/searchSchema.ts'
import { decodePostings } from '@/core/search/postings.ts'
import { searchTermProcessor } from '@/core/search/searchTerms.ts'
import { FIRST_SCREEN_RESULTS, SearchSession, type SearchAnswer } from '@/core/search/searchSession.ts'
import { shardKeyFor } from '@/core/search/shardKeys.ts'
import { buildSearchIndex, type SearchSource } from './searchIndex.ts'
import { syntheticArticles } from '../testing/syntheticSearchSources.ts'

// Small cap and shard target, so a few thousand articles split shards and cap postings as 100,000 would.
const OPTIONS = { postingsCap: 40, shardTargetBytes: 6_000, docsPerChunk: 20 }
const articles = syntheticArticles(3_000, 7)
const build = buildSearchIndex(articles, [], [], OPTIONS)
const read = <T>(file: string, schema: z.ZodMiniType<T>): T =>
  z.parse(schema, JSON.parse(build.files.get(file) ?? 'null'))
const manifest = read(searchPaths.manifest, searchManifestSchema)
const shards: TermShard[] = manifest.shards.map((entry) => read(searchPaths.shard(entry.key), termShardSchema))
const keys = new Set(manifest.shards.map((s) => s.key))
const processTerm = searchTermProcessor([])
const chunkCount = Math.ceil(articles.length / OPTIONS.docsPerChunk)
const chunkById = new Map(
  Array.from({ length: chunkCount }, (_, n) =>
    read(searchPaths.docChunk(n), docChunkSchema).summaries.map((summary) => [summary.id, n] as const),
  ).flat(),
)

/** What the index should say, worked out the plain way: term → the articles holding it. */
function termHolders(docs: readonly SearchSource[]): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>()
  for (const a of docs) {
    for (const text of [a.title, ...a.keywords, a.outlet ?? '', a.dateline ?? '', a.author ?? '', ...a.body]) {
      for (const word of tokenize(text)) {
        const term = processTerm(word)
        if (term === null) continue
        const ids = holders.get(term) ?? new Set<string>()
        holders.set(term, ids.add(a.id))
      }
    }
  }
  return holders
}
const truth = termHolders(articles)
const holders = (term: string) => truth.get(term) ?? new Set<string>()

describe('the search index over a few thousand articles', () => {
  it('keeps every shard near its target unless one term alone fills it', () => {
    expect(shards.length).toBeGreaterThan(20)
    for (const shard of shards) {
      const bytes = Buffer.byteLength(JSON.stringify(shard))
      if (shard.terms.length > 1) expect(bytes).toBeLessThan(OPTIONS.shardTargetBytes * 1.2)
    }
  })

  it('puts each term in the one shard a query looks in, in sorted order', () => {
    const seen = new Set<string>()
    for (const shard of shards) {
      expect([...shard.terms].sort()).toEqual(shard.terms)
      for (const term of shard.terms) {
        expect(shardKeyFor(term, keys)).toBe(shard.key)
        expect(seen.has(term)).toBe(false)
        seen.add(term)
      }
    }
  })

  it('keeps a term’s true document count, and at most the cap of its documents', () => {
    const common = shards.flatMap((s) =>
      s.terms.map((term, i) => ({ term, df: s.df[i] ?? 0, postings: s.postings[i] ?? [] })),
    )
    const capped = common.filter((t) => t.df > OPTIONS.postingsCap)
    const rare = common.filter((t) => t.df <= 3)
    expect(capped.length).toBeGreaterThan(10)
    expect(rare.length).toBeGreaterThan(10)
    for (const { term, df, postings } of [...capped.slice(0, 5), ...rare.slice(0, 5)]) {
      expect(df).toBe(holders(term).size)
      expect(decodePostings(postings).docs.length).toBe(Math.min(df, OPTIONS.postingsCap))
    }
  })

  it('numbers documents newest first, every one in exactly one summary chunk', () => {
    const chunks = Array.from({ length: Math.ceil(articles.length / OPTIONS.docsPerChunk) }, (_, n) =>
      read(searchPaths.docChunk(n), docChunkSchema),
    )
    const summaries = chunks.flatMap((c) => c.summaries)
    expect(new Set(summaries.map((s) => s.id)).size).toBe(articles.length)
    const dates = summaries.map((s) => s.publishedAt).filter((d) => d !== null)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('answers a rare word with exactly the articles that hold it, counted exactly', async () => {
    const session = new SearchSession(manifest, async (file, schema) => read(file, schema))
    const rare =
      shards.flatMap((s) =>
        s.terms.filter((_, i) => (s.df[i] ?? 0) === 3 && /^[\u0621-\u064a]+$/.test(s.terms[i] ?? '')),
      )[0] ?? ''
    const answer = await session.search(rare, 20)
    expect(answer).toMatchObject({ total: 3, exact: true, hasMore: false })
    expect(new Set(answer.articles.map((a) => a.id))).toEqual(holders(rare))
  })

  it('pages through a common word’s results, best first, without repeating one', async () => {
    const session = new SearchSession(manifest, async (file, schema) => read(file, schema))
    const first = await session.search('الحكومة', 20)
    const more = await session.search('الحكومة', 40)
    expect(first.total).toBeGreaterThan(40)
    expect(more.articles.slice(0, 20)).toEqual(first.articles)
    expect(new Set(more.articles.map((a) => a.id)).size).toBe(40)
    expect(more.hasMore).toBe(false) // the cap: 40 kept documents, all shown
  })

  it('answers a first screen ahead of the rest when summaries must be fetched, and not when they are at hand', async () => {
    const session = new SearchSession(manifest, async (file, schema) => read(file, schema))
    const early: SearchAnswer[] = []
    const answer = await session.search('الحكومة', 20, (first) => early.push(first))
    expect(early).toHaveLength(1)
    expect(early[0]).toMatchObject({
      query: 'الحكومة',
      total: answer.total,
      exact: answer.exact,
      hasMore: answer.hasMore,
      complete: false,
    })
    expect(early[0]?.articles).toEqual(answer.articles.slice(0, FIRST_SCREEN_RESULTS))
    expect(answer.complete).toBe(true)
    const again: SearchAnswer[] = []
    expect((await session.search('الحكومة', 20, (first) => again.push(first))).articles).toEqual(answer.articles)
    expect(again).toHaveLength(0)
  })

  it('fails a search whose first screen was answered when the rest cannot be fetched', async () => {
    const reference = new SearchSession(manifest, async (file, schema) => read(file, schema))
    const chunkOf = (id: string) => searchPaths.docChunk(chunkById.get(id) ?? -1)
    const firstScreenChunks = (answer: SearchAnswer) =>
      new Set(answer.articles.slice(0, FIRST_SCREEN_RESULTS).map((a) => chunkOf(a.id)))
    // A word whose best twenty lie partly in chunks the first screen does not need.
    const words = shards.flatMap((s) =>
      s.terms.filter((term, i) => (s.df[i] ?? 0) > 30 && /^[\u0621-\u064a]+$/.test(term)),
    )
    let best: SearchAnswer | null = null
    for (const word of words) {
      const answer = await reference.search(word, 20)
      const needed = firstScreenChunks(answer)
      if (answer.articles.some((a) => !needed.has(chunkOf(a.id)))) {
        best = answer
        break
      }
    }
    if (best === null) throw new Error('no word whose results spread over chunks')
    const needed = firstScreenChunks(best)
    const session = new SearchSession(manifest, async (file, schema) => {
      if (file.startsWith('search/docs/') && !needed.has(file)) throw new Error('network down')
      return read(file, schema)
    })
    const early: SearchAnswer[] = []
    await expect(session.search(best.query, 20, (first) => early.push(first))).rejects.toThrow('network down')
    expect(early[0]?.articles).toEqual(best.articles.slice(0, FIRST_SCREEN_RESULTS))
  })

  it('forgets a shard that failed to load, so trying again can succeed', async () => {
    let failures = 1
    const session = new SearchSession(manifest, async (file, schema) => {
      if (file.startsWith('search/terms/') && failures-- > 0) throw new Error('network down')
      return read(file, schema)
    })
    await expect(session.search('الحكومة', 20)).rejects.toThrow('network down')
    expect((await session.search('الحكومة', 20)).articles).toHaveLength(20)
  })
})
