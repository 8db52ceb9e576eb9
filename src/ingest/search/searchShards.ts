/**
 * Groups the sorted, scored terms into shards of bounded size (core/search/shardKeys.ts): every
 * first letter starts a shard; a shard larger than the target is split by the next letter, and so
 * on, its own key keeping only the term equal to it. A single term's postings are bounded by the
 * cap, so every shard is bounded too.
 */
import { SCHEMA_VERSION } from '@/core/schema.ts'
import { MAX_SHARD_KEY_LENGTH } from '@/core/search/shardKeys.ts'
import type { TermShard } from '@/core/searchSchema.ts'

export interface EncodedTerm {
  readonly term: string
  readonly df: number
  /** The shard's flat postings list (core/search/postings.ts). */
  readonly postings: number[]
  /** Roughly what the term adds to its shard's JSON, in bytes. */
  readonly bytes: number
}

export function encodedSize(term: string, df: number, postings: readonly number[]): number {
  return Buffer.byteLength(term) + String(df).length + JSON.stringify(postings).length + 6
}

function byNextLetter(terms: readonly EncodedTerm[], length: number): Map<string, EncodedTerm[]> {
  const groups = new Map<string, EncodedTerm[]>()
  for (const entry of terms) {
    const key = entry.term.slice(0, length)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [entry])
    else group.push(entry)
  }
  return groups
}

function split(key: string, terms: EncodedTerm[], targetBytes: number): Array<[string, EncodedTerm[]]> {
  const bytes = terms.reduce((sum, t) => sum + t.bytes, 0)
  if (bytes <= targetBytes || terms.length === 1 || key.length >= MAX_SHARD_KEY_LENGTH) return [[key, terms]]
  const own = terms.filter((t) => t.term.length <= key.length)
  const longer = terms.filter((t) => t.term.length > key.length)
  const shards: Array<[string, EncodedTerm[]]> = own.length > 0 ? [[key, own]] : []
  for (const [subKey, group] of byNextLetter(longer, key.length + 1)) shards.push(...split(subKey, group, targetBytes))
  return shards
}

/** Terms in code-unit order → shards in key order, each with its terms still in order. */
export function shardTerms(terms: readonly EncodedTerm[], targetBytes: number): TermShard[] {
  const shards = [...byNextLetter(terms, 1)].flatMap(([key, group]) => split(key, group, targetBytes))
  return shards
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, group]) => ({
      schemaVersion: SCHEMA_VERSION,
      key,
      terms: group.map((t) => t.term),
      df: group.map((t) => t.df),
      postings: group.map((t) => t.postings),
    }))
}
