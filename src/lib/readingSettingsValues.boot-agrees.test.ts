import { describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS, readingSettingsSchema } from './readingSettings.ts'
import { readingSettingsFrom } from './readingSettingsValues.ts'

/** What the app reads from storage through zod, or its fallback when the value is not an object. */
function appReading(stored: unknown) {
  const parsed = readingSettingsSchema.safeParse(stored)
  return parsed.success ? parsed.data : DEFAULT_READING_SETTINGS
}

describe('the boot script reads stored settings as the app does', () => {
  const samples: unknown[] = [
    undefined,
    null,
    'nonsense',
    42,
    [],
    ['dark'],
    {},
    { theme: 'sepia', fontSize: 'gigantic', digits: 7 },
    { theme: 'dark', fontSize: 'xx-large', lineHeight: 'relaxed', font: 'sans', digits: 'arab' },
    { theme: 'DARK', font: null, lineHeight: ['compact'], extra: 'ignored' },
  ]
  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))('%s', (_, sample) => {
    expect(readingSettingsFrom(sample)).toEqual(appReading(sample))
  })
})
