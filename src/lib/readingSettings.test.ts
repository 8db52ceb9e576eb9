import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS, readingSettingsSchema, stepFontSize } from './readingSettings.ts'

describe('reading settings', () => {
  it('fall back to the defaults when the saved value is not an object', () => {
    for (const corrupt of ['nonsense', 42, null, []]) expect(readingSettingsSchema.safeParse(corrupt).success).toBe(false)
  })

  it('replace only the fields that are missing or unknown', () => {
    expect(readingSettingsSchema.parse({ theme: 'sepia', fontSize: 'gigantic', digits: 7 })).toEqual({
      ...DEFAULT_READING_SETTINGS,
      theme: 'sepia',
    })
    expect(readingSettingsSchema.parse({})).toEqual(DEFAULT_READING_SETTINGS)
  })

  it('steps the font size within its range', () => {
    expect(stepFontSize('medium', 1)).toBe('large')
    expect(stepFontSize('medium', -1)).toBe('small')
    expect(stepFontSize('small', -1)).toBe('small')
    expect(stepFontSize('xx-large', 1)).toBe('xx-large')
  })
})
