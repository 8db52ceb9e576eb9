/**
 * Which shard of the term index holds a term. Shards are keyed by a prefix of the processed term;
 * a crowded prefix is split by one more letter at ingest, so keys have different lengths. A shard
 * holds the terms that start with its key and with no longer key: a term lives in the shard of the
 * longest key it starts with. Every term has one, because every first letter has a key.
 */

/**
 * Keys stop growing at this length: a crowded prefix that long is one shard however large (only
 * hostile input gets there, e.g. a 100,000-letter "word"), so splitting stays shallow and a shard's
 * file name stays short.
 */
export const MAX_SHARD_KEY_LENGTH = 6

/** The longest key `term` starts with, or null when no shard can hold it. */
export function shardKeyFor(term: string, keys: ReadonlySet<string>): string | null {
  for (let length = Math.min(term.length, MAX_SHARD_KEY_LENGTH); length >= 1; length--) {
    const key = term.slice(0, length)
    if (keys.has(key)) return key
  }
  return null
}

/** Every shard that can hold a term starting with `prefix`: the one holding the prefix, and those beneath it. */
export function shardKeysForPrefix(prefix: string, keys: ReadonlySet<string>): string[] {
  const found = new Set<string>()
  const holder = shardKeyFor(prefix, keys)
  if (holder !== null) found.add(holder)
  for (const key of keys) if (key.length > prefix.length && key.startsWith(prefix)) found.add(key)
  return [...found].sort()
}

/** A shard's file name: the key's code points in hex, so any letter makes a plain, URL-safe name. */
export function shardFileName(key: string): string {
  return [...key].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('-')
}
