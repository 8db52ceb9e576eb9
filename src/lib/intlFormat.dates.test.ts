import { describe, expect, it } from 'vitest'
import { formatGregorianDate, formatHijriDate } from './intlFormat.ts'

describe('published dates', () => {
  it('formats the Gregorian date in Arabic with Arabic month names', () => {
    expect(formatGregorianDate('2024-09-24', 'ar')).toBe('24 سبتمبر 2024')
  })

  it('formats the same day in the Umm al-Qura Hijri calendar', () => {
    const hijri = formatHijriDate('2024-09-24', 'ar')
    expect(hijri).toContain('ربيع الأول')
    expect(hijri).toContain('1446')
    expect(hijri).toContain('21')
  })

  it('formats in English for the English UI', () => {
    expect(formatGregorianDate('2024-09-24', 'en')).toBe('September 24, 2024')
    expect(formatHijriDate('2024-09-24', 'en')).toContain('1446')
  })

  it('writes both calendars in Arabic-Indic digits when the reader chose them', () => {
    expect(formatGregorianDate('2024-09-24', 'ar', 'arab')).toBe('٢٤ سبتمبر ٢٠٢٤')
    expect(formatHijriDate('2024-09-24', 'ar', 'arab')).toContain('١٤٤٦')
    expect(formatHijriDate('2024-09-24', 'ar', 'arab')).not.toMatch(/[0-9]/)
  })

  it('never slips a day whatever the time zone (dates are calendar days)', () => {
    expect(formatGregorianDate('2024-01-01', 'en')).toBe('January 1, 2024')
    expect(formatGregorianDate('2024-12-31', 'en')).toBe('December 31, 2024')
  })
})
