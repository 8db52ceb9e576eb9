import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { readStored, writeStored } from './storage.ts'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  }
}

const schema = z.array(z.string())

describe('device storage', () => {
  it('reads back what it wrote', () => {
    const storage = memoryStorage()
    expect(writeStored('k', ['a', 'b'], storage)).toBe(true)
    expect(readStored('k', schema, [], storage)).toEqual(['a', 'b'])
  })

  it('falls back on missing, unparsable or invalid values', () => {
    expect(readStored('k', schema, ['fallback'], memoryStorage())).toEqual(['fallback'])
    expect(readStored('k', schema, [], memoryStorage({ k: '{"broken' }))).toEqual([])
    expect(readStored('k', schema, [], memoryStorage({ k: '[1, 2]' }))).toEqual([])
  })

  it('falls back when storage cannot be read at all', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => undefined,
    }
    expect(readStored('k', schema, ['x'], blocked)).toEqual(['x'])
  })

  it('reports a write the device refused (quota) instead of throwing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(writeStored('k', ['a'], full)).toBe(false)
  })

  it('validates with a function as it does with a schema', () => {
    const strings = (stored: unknown) =>
      Array.isArray(stored) && stored.every((item) => typeof item === 'string') ? stored : undefined
    expect(readStored('k', strings, [], memoryStorage({ k: '["a"]' }))).toEqual(['a'])
    expect(readStored('k', strings, ['fallback'], memoryStorage({ k: '[1, 2]' }))).toEqual(['fallback'])
    expect(readStored('k', strings, ['fallback'], memoryStorage({ k: '{"broken' }))).toEqual(['fallback'])
  })
})
