import { describe, expect, it } from 'vitest'
import { shardFileName, shardKeyFor, shardKeysForPrefix } from './shardKeys.ts'

// 'ع' was crowded and split into 'عل' (itself split into 'علا') and 'عر'; 'ب' never was.
const KEYS = new Set(['ب', 'ع', 'عل', 'علا', 'عر'])

describe('which shard holds a term', () => {
  it('is the longest key the term starts with', () => {
    expect(shardKeyFor('علاق', KEYS)).toBe('علا')
    expect(shardKeyFor('علم', KEYS)).toBe('عل')
    expect(shardKeyFor('عمل', KEYS)).toBe('ع')
    expect(shardKeyFor('بغداد', KEYS)).toBe('ب')
  })

  it('is none when no key starts the term (nothing in the index starts with that letter)', () => {
    expect(shardKeyFor('زلزال', KEYS)).toBeNull()
  })

  it('for a prefix, is the shard holding it and every shard beneath it', () => {
    expect(shardKeysForPrefix('ع', KEYS)).toEqual(['ع', 'عر', 'عل', 'علا'])
    expect(shardKeysForPrefix('عل', KEYS)).toEqual(['عل', 'علا'])
    expect(shardKeysForPrefix('علاق', KEYS)).toEqual(['علا'])
  })

  it('names files by code points, so any letter gives a plain name', () => {
    expect(shardFileName('علا')).toBe('0639-0644-0627')
    expect(shardFileName('a8')).toBe('0061-0038')
  })
})
