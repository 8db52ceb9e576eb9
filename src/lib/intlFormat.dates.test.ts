import { describe, expect, it } from 'vitest'
import { formatGregorianDate, formatNumber } from './intlFormat.ts'
import { formatHijriDate } from './intlPhrases.ts'

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

describe('dates and counts written out without Intl, exactly as Intl writes them', () => {
  const languages = ['ar', 'en'] as const
  const digitSystems = ['latn', 'arab'] as const
  const intlDate = (iso: string, language: string, digits: string) =>
    new Intl.DateTimeFormat(`${language}-u-ca-gregory-nu-${digits}`, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    )

  it('every month, first and last days, in both languages and both digit systems', () => {
    for (const language of languages)
      for (const digits of digitSystems)
        for (let month = 1; month <= 12; month++)
          for (const day of [1, 9, 10, 28])
            for (const year of [1999, 2025]) {
              const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
              expect(formatGregorianDate(iso, language, digits)).toBe(intlDate(iso, language, digits))
            }
  })

  it('counts, grouped by thousands', () => {
    for (const language of languages)
      for (const digits of digitSystems)
        for (const value of [0, 7, 42, 999, 1000, 1323, 10000, 123456, 1234567, 98765432]) {
          expect(formatNumber(value, language, digits)).toBe(
            new Intl.NumberFormat(`${language}-u-ca-gregory-nu-${digits}`).format(value),
          )
        }
  })

  it('anything else is left to Intl', () => {
    expect(formatNumber(-5, 'ar')).toBe(new Intl.NumberFormat('ar-u-ca-gregory-nu-latn').format(-5))
    expect(formatNumber(2.5, 'en')).toBe('2.5')
  })
})
