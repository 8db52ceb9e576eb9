import { describe, expect, it } from 'vitest'
import { EXCERPT_LENGTH, excerpt } from './excerpt.ts'

describe('excerpt', () => {
  it('keeps a short body whole', () => {
    expect(excerpt(['فقرة قصيرة.', 'وأخرى.'])).toBe('فقرة قصيرة. وأخرى.')
  })

  it('cuts a long body at a word boundary with an ellipsis', () => {
    const body = [Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(' ')]
    const result = excerpt(body)
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1)
    const words = result.slice(0, -1).split(' ')
    expect(body[0]?.startsWith(words.join(' '))).toBe(true)
    expect(words.every((w) => /^كلمة\d+$/u.test(w))).toBe(true)
  })
})
