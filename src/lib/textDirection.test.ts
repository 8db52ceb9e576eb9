import { describe, expect, it } from 'vitest'
import { contentDirection } from './textDirection.ts'

describe('contentDirection', () => {
  it('keeps Arabic text right to left even when it opens with a Latin name, a number or a URL', () => {
    expect(contentDirection('AFRICOM تعلن عن زيارة جديدة')).toBe('rtl')
    expect(contentDirection('2024-09-24 موعد الاجتماع')).toBe('rtl')
    expect(contentDirection('https://example.org رابط البيان')).toBe('rtl')
  })

  it('lays out text without any Arabic letter left to right', () => {
    expect(contentDirection('We will continue to work together.')).toBe('ltr')
  })
})
