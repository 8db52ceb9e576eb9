import { describe, expect, it } from 'vitest'
import { MAX_SHARD_KEY_LENGTH, shardKeyFor } from '@/core/search/shardKeys.ts'
import { encodedSize, shardTerms, type EncodedTerm } from './searchShards.ts'

function encoded(term: string, postings: number[] = [0, 1000]): EncodedTerm {
  return { term, df: postings.length / 2, postings, bytes: encodedSize(term, postings.length / 2, postings) }
}

// A hostile page can carry a 100,000-letter "word": alone it is larger than any shard target, and
// splitting it letter by letter used to recurse once per letter until the stack overflowed.
describe('shards of very long terms', () => {
  const long = 'ب'.repeat(100_000)
  const terms = [encoded('باب'), encoded(long.slice(0, 99_999)), encoded(long)].sort((a, b) =>
    a.term < b.term ? -1 : 1,
  )

  it('splits without deep recursion and keeps keys short', () => {
    const shards = shardTerms(terms, 64)
    expect(shards.flatMap((s) => s.terms).sort()).toEqual(terms.map((t) => t.term).sort())
    for (const shard of shards) expect(shard.key.length).toBeLessThanOrEqual(MAX_SHARD_KEY_LENGTH)
  })

  it('finds the shard of a long term from its first letters', () => {
    const shards = shardTerms(terms, 64)
    const keys = new Set(shards.map((s) => s.key))
    const key = shardKeyFor(long, keys)
    expect(key).not.toBeNull()
    expect(shards.find((s) => s.key === key)?.terms).toContain(long)
  })
})
