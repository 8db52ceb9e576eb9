/**
 * Hijri dates, lists and percentages in the UI language, for the article page and its related
 * articles: apart from intlFormat.ts (Gregorian dates and counts, which every card and chip
 * shows), so the home page's script does not carry them. These are Intl's.
 */
import type { UiLanguage } from './language.ts'
import type { Digits } from './readingSettingsValues.ts'
import { intlLocale } from './intlFormat.ts'

/**
 * Each formatter made once per locale: making one costs far more than formatting with it (an
 * article page formats a percentage and a list per related article; the build formats them for
 * every article it prerenders).
 */
function once<Formatter>(make: (locale: string) => Formatter): (locale: string) => Formatter {
  const made = new Map<string, Formatter>()
  return (locale) => {
    let formatter = made.get(locale)
    if (formatter === undefined) made.set(locale, (formatter = make(locale)))
    return formatter
  }
}

const hijriFormat = once((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }))
const listFormat = once((locale) => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }))
const percentFormat = once((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }))

/** The day in the Umm al-Qura Hijri calendar (a calendar day, so formatted in UTC: it never slips). */
export function formatHijriDate(isoDate: string, language: UiLanguage, digits: Digits = 'latn'): string {
  return hijriFormat(intlLocale(language, 'islamic-umalqura', digits)).format(new Date(`${isoDate}T00:00:00Z`))
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
  return listFormat(intlLocale(language)).format(items.map((item) => FSI + item + PDI))
}

export function formatPercent(fraction: number, language: UiLanguage, digits: Digits = 'latn'): string {
  return percentFormat(intlLocale(language, 'gregory', digits)).format(fraction)
}
