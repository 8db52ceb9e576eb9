/**
 * Dates and numbers in the UI language (lists and percentages: intlPhrases.ts). Dates are
 * Gregorian, with the Hijri (Umm al-Qura) date beside them on the article page. Dates in the
 * contract are calendar days (`YYYY-MM-DD`), so they are formatted in UTC to never slip a day in
 * the reader's time zone.
 *
 * Digits are Latin by default, matching the digits in the article text itself (the ingest keeps
 * the outlet's digits as written); the reading settings can switch the UI to Arabic-Indic digits.
 *
 * The first screen's Gregorian dates and counts are written out here, not by Intl: the first Intl
 * formatter a page makes for Arabic loads the ICU locale data, 20–45 ms on a desktop and four
 * times that on a phone, in the middle of the app's start (its longest task). They come out
 * exactly as ICU writes them (intlFormat.dates.test.ts compares every month, both languages and
 * both digit systems with Intl's), which also keeps the prerendered text and the hydrating app's
 * the same whatever ICU each carries. The Hijri date, on the article page only, is Intl's
 * (intlPhrases.ts).
 */
import { isUiLanguage, type UiLanguage } from './language.ts'
import type { Digits } from './readingSettingsValues.ts'

type Calendar = 'gregory' | 'islamic-umalqura'

export function intlLocale(language: string, calendar: Calendar = 'gregory', digits: Digits = 'latn'): string {
  return `${language}-u-ca-${calendar}-nu-${digits}`
}

/** CLDR's Gregorian month names (format, wide) for the UI languages. */
const MONTHS: Record<UiLanguage, readonly string[]> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩'

function inDigits(text: string, digits: Digits): string {
  return digits === 'arab' ? text.replace(/[0-9]/g, (digit) => ARABIC_INDIC_DIGITS[Number(digit)] ?? digit) : text
}

export function formatGregorianDate(isoDate: string, language: UiLanguage, digits: Digits = 'latn'): string {
  const [year, month = 0, day] = isoDate.split('-').map(Number)
  const monthName = MONTHS[language]?.[month - 1]
  // Not a calendar day (the contract's dates always are): shown as it came.
  if (!year || !day || monthName === undefined) return isoDate
  return inDigits(language === 'ar' ? `${day} ${monthName} ${year}` : `${monthName} ${day}, ${year}`, digits)
}

export function formatNumber(value: number, language: string, digits: Digits = 'latn'): string {
  // A count, in either UI language: thousands grouped with a comma (an Arabic comma, ٬, between
  // Arabic-Indic digits), as ICU writes it for both.
  if (Number.isSafeInteger(value) && value >= 0 && isUiLanguage(language)) {
    const grouped = String(value).replace(/\B(?=(\d{3})+$)/g, ',')
    return digits === 'arab' ? inDigits(grouped, digits).replaceAll(',', '٬') : grouped
  }
  return new Intl.NumberFormat(intlLocale(language, 'gregory', digits)).format(value)
}
