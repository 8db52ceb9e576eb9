/**
 * Hijri dates, lists and percentages in the UI language, for the article page and its related
 * articles: apart from intlFormat.ts (Gregorian dates and counts, which every card and chip
 * shows), so the home page's script does not carry them. These are Intl's.
 */
import type { UiLanguage } from './language.ts'
import type { Digits } from './readingSettingsValues.ts'
import { intlLocale } from './intlFormat.ts'

/** The day in the Umm al-Qura Hijri calendar (a calendar day, so formatted in UTC: it never slips). */
export function formatHijriDate(isoDate: string, language: UiLanguage, digits: Digits = 'latn'): string {
  return new Intl.DateTimeFormat(intlLocale(language, 'islamic-umalqura', digits), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`))
}

/** First strong isolate … pop directional isolate: the item's own direction, and its bidi controls end with it. */
const FSI = '\u2068'
const PDI = '\u2069'

/**
 * Joins display terms as a sentence would, in the UI language (أ وب وج / a, b, and c). Each item
 * is bidi-isolated, so a Latin name keeps its place among Arabic ones, and an override left open
 * inside one term (article text is untrusted) cannot reorder the separators or the next term.
 */
export function formatList(items: readonly string[], language: UiLanguage): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction', style: 'long' }).format(
    items.map((item) => FSI + item + PDI),
  )
}

export function formatPercent(fraction: number, language: UiLanguage, digits: Digits = 'latn'): string {
  return new Intl.NumberFormat(intlLocale(language, 'gregory', digits), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fraction)
}
