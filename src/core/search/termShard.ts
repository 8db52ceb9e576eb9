/**
 * Reading terms out of loaded shards (sorted term lists, see core/searchSchema.ts): a term's
 * document frequency and postings, and the terms a prefix starts, by binary search.
 */
import type { TermShard } from '../searchSchema.ts'
import { decodePostings, type Postings } from './postings.ts'

export interface TermEntry {
  readonly term: string
  /** Documents the term is in, counted before any cap. */
  readonly df: number
  readonly postings: Postings
}

/** The first index whose term is ≥ `term` (code-unit order, as the ingest sorts). */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0
  let high = terms.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((terms[mid] ?? '') < term) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Decoded entries, per loaded shard: a word typed letter by letter expands to the same common
 * terms again and again. Freed with the shard itself.
 */
const decoded = new WeakMap<TermShard, Map<number, TermEntry>>()

function entryAt(shard: TermShard, i: number): TermEntry {
  let entries = decoded.get(shard)
  if (entries === undefined) {
    entries = new Map()
    decoded.set(shard, entries)
  }
  let entry = entries.get(i)
  if (entry === undefined) {
    entry = { term: shard.terms[i] ?? '', df: shard.df[i] ?? 0, postings: decodePostings(shard.postings[i] ?? []) }
    entries.set(i, entry)
  }
  return entry
}

export function findTerm(shard: TermShard, term: string): TermEntry | null {
  const i = lowerBound(shard.terms, term)
  return shard.terms[i] === term ? entryAt(shard, i) : null
}

/** The terms starting with `prefix` as [term, df] pairs (postings decoded only for those used). */
export function termsStartingWith(
  shard: TermShard,
  prefix: string,
): Array<{ term: string; df: number; index: number }> {
  const found: Array<{ term: string; df: number; index: number }> = []
  for (let i = lowerBound(shard.terms, prefix); i < shard.terms.length; i++) {
    const term = shard.terms[i] ?? ''
    if (!term.startsWith(prefix)) break
    found.push({ term, df: shard.df[i] ?? 0, index: i })
  }
  return found
}

export function entryOf(shard: TermShard, index: number): TermEntry {
  return entryAt(shard, index)
}
