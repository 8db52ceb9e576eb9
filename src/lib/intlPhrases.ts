/**
 * Lists and percentages in the UI language, for the article page and its related articles: apart
 * from intlFormat.ts (dates and numbers, which every card and chip formats), so the home page's
 * script does not carry them.
 */
import type { UiLanguage } from './language.ts'
import type { Digits } from './readingSettings.ts'
import { intlLocale } from './intlFormat.ts'

/** First strong isolate … pop directional isolate: the item's own direction, and its bidi controls end with it. */
const FSI = '\u2068'
const PDI = '\u2069'

/**
 * Joins display terms as a sentence would, in the UI language (أ وب وج / a, b, and c). Each item
 * is bidi-isolated, so a Latin name keeps its place among Arabic ones, and an override left open
 * inside one term (article text is untrusted) cannot reorder the separators or the next term.
 */
export function formatList(items: readonly string[], language: UiLanguage): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction', style: 'long' }).format(items.map((item) => FSI + item + PDI))
}

export function formatPercent(fraction: number, language: UiLanguage, digits: Digits = 'latn'): string {
  return new Intl.NumberFormat(intlLocale(language, 'gregory', digits), { style: 'percent', maximumFractionDigits: 0 }).format(fraction)
}
