import { afterEach, describe, expect, it } from 'vitest'
import { readStoredLanguage, storeLanguage } from './language.ts'

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')

afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original)
  else Reflect.deleteProperty(globalThis, 'localStorage')
})

describe('UI language with site storage blocked by the browser', () => {
  it('reads Arabic and stores nothing, without throwing, when even reaching localStorage throws', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    expect(readStoredLanguage()).toBe('ar')
    expect(() => storeLanguage('en')).not.toThrow()
  })
})
