import { describe, expect, it } from 'vitest'
import { stepFontSize } from './readingSettings.ts'
import { DEFAULT_READING_SETTINGS } from './readingSettingsValues.ts'
import { readingSettingsFrom } from './readingSettingsValues.ts'

describe('reading settings read from the device', () => {
  it('are the defaults when the saved value is missing or not an object', () => {
    for (const corrupt of [undefined, 'nonsense', 42, null, [], ['dark']])
      expect(readingSettingsFrom(corrupt)).toEqual(DEFAULT_READING_SETTINGS)
  })

  it('replace only the fields that are missing or unknown', () => {
    expect(readingSettingsFrom({ theme: 'sepia', fontSize: 'gigantic', digits: 7 })).toEqual({
      ...DEFAULT_READING_SETTINGS,
      theme: 'sepia',
    })
    expect(readingSettingsFrom({})).toEqual(DEFAULT_READING_SETTINGS)
    expect(readingSettingsFrom({ theme: 'DARK', font: null, lineHeight: ['compact'], extra: 'ignored' })).toEqual(
      DEFAULT_READING_SETTINGS,
    )
  })

  it('keep every valid choice', () => {
    const chosen = { theme: 'dark', fontSize: 'xx-large', lineHeight: 'relaxed', font: 'sans', digits: 'arab' } as const
    expect(readingSettingsFrom(chosen)).toEqual(chosen)
  })

  it('step the font size within its range', () => {
    expect(stepFontSize('medium', 1)).toBe('large')
    expect(stepFontSize('medium', -1)).toBe('small')
    expect(stepFontSize('small', -1)).toBe('small')
    expect(stepFontSize('xx-large', 1)).toBe('xx-large')
  })
})
