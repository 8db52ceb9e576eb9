import { describe, expect, it } from 'vitest'
import { directionOf, readStoredLanguage, storeLanguage } from './language.ts'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  }
}

describe('UI language preference', () => {
  it('defaults to Arabic when nothing is stored', () => {
    expect(readStoredLanguage(memoryStorage())).toBe('ar')
  })

  it('remembers English once chosen', () => {
    const storage = memoryStorage()
    storeLanguage('en', storage)
    expect(readStoredLanguage(storage)).toBe('en')
  })

  it('falls back to Arabic on a corrupt value or an unreadable storage', () => {
    expect(readStoredLanguage(memoryStorage({ 'sahifa.language': '{"x":1' }))).toBe('ar')
    expect(readStoredLanguage(memoryStorage({ 'sahifa.language': 'fr' }))).toBe('ar')
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readStoredLanguage(throwing)).toBe('ar')
  })

  it('gives the direction that follows the language', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('en')).toBe('ltr')
  })
})
