/**
 * Dates and numbers in the UI language (lists and percentages: intlPhrases.ts). Dates are
 * Gregorian, with the Hijri (Umm al-Qura) date beside them on the article page. Dates in the
 * contract are calendar days (`YYYY-MM-DD`), so they are formatted in UTC to never slip a day in
 * the reader's time zone.
 *
 * Digits are Latin by default, matching the digits in the article text itself (the ingest keeps
 * the outlet's digits as written); the reading settings can switch the UI to Arabic-Indic digits.
 */
import type { UiLanguage } from './language.ts'
import type { Digits } from './readingSettings.ts'

type Calendar = 'gregory' | 'islamic-umalqura'

export function intlLocale(language: string, calendar: Calendar = 'gregory', digits: Digits = 'latn'): string {
  return `${language}-u-ca-${calendar}-nu-${digits}`
}

function toUtcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`)
}

/** Date formatters by locale: making one costs far more than using it, and a list of cards formats dozens of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    dateFormats.set(locale, format)
  }
  return format
}

export function formatGregorianDate(isoDate: string, language: UiLanguage, digits: Digits = 'latn'): string {
  return dateFormat(intlLocale(language, 'gregory', digits)).format(toUtcDate(isoDate))
}

export function formatHijriDate(isoDate: string, language: UiLanguage, digits: Digits = 'latn'): string {
  return dateFormat(intlLocale(language, 'islamic-umalqura', digits)).format(toUtcDate(isoDate))
}

/** Number formatters by locale, kept for the same reason: every card's reading time and count formats one. */
const numberFormats = new Map<string, Intl.NumberFormat>()

export function formatNumber(value: number, language: string, digits: Digits = 'latn'): string {
  const locale = intlLocale(language, 'gregory', digits)
  let format = numberFormats.get(locale)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale)
    numberFormats.set(locale, format)
  }
  return format.format(value)
}
