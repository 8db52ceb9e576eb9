/**
 * A query's view of the sharded term index: which shards it needs, and, once they are loaded, the
 * TermSource that rankQuery reads. Shared by the search worker and the ingest's own checks.
 */
import type { TermShard } from '../searchSchema.ts'
import type { TermSource } from './rankQuery.ts'
import type { QueryTerms } from './searchQuery.ts'
import { shardKeyFor, shardKeysForPrefix } from './shardKeys.ts'
import { entryOf, findTerm, termsStartingWith } from './termShard.ts'

/** A prefix spanning more shards than this expands only within the shard that holds the prefix itself. */
export const MAX_PREFIX_SHARDS = 6

export function prefixShardKeys(prefix: string, keys: ReadonlySet<string>): string[] {
  const all = shardKeysForPrefix(prefix, keys)
  if (all.length <= MAX_PREFIX_SHARDS) return all
  const holder = shardKeyFor(prefix, keys)
  return holder === null ? [] : [holder]
}

/** The shards a query reads: one per exact term, and those its prefix can expand into. */
export function shardKeysForQuery(terms: QueryTerms, keys: ReadonlySet<string>): string[] {
  const needed = new Set<string>()
  for (const term of terms.exact) {
    const key = shardKeyFor(term, keys)
    if (key !== null) needed.add(key)
  }
  for (const prefix of terms.prefixes) for (const key of prefixShardKeys(prefix, keys)) needed.add(key)
  return [...needed].sort()
}

/** The terms of the loaded shards; a shard that is not loaded holds nothing. */
export function shardedTermSource(keys: ReadonlySet<string>, shards: ReadonlyMap<string, TermShard>): TermSource {
  return {
    find(term) {
      const key = shardKeyFor(term, keys)
      const shard = key === null ? undefined : shards.get(key)
      return shard === undefined ? null : findTerm(shard, term)
    },
    expand(prefix, limit) {
      const forms = prefixShardKeys(prefix, keys).flatMap((key) => {
        const shard = shards.get(key)
        return shard === undefined ? [] : termsStartingWith(shard, prefix).map((form) => ({ ...form, shard }))
      })
      forms.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      const kept = forms.slice(0, limit)
      const leftOutDf = forms.slice(limit).reduce((sum, form) => sum + form.df, 0)
      return { entries: kept.map((form) => entryOf(form.shard, form.index)), leftOutDf }
    },
  }
}
