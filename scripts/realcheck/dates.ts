/** Date parts and the month and weekday names pages print them with (docs/ingest.md). */

export interface DateParts {
  readonly year: number
  readonly month: number
  readonly day: number
  /** 0 = Sunday. */
  readonly weekday: number
  readonly iso: string
}

export function dateParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return { year, month, day, weekday, iso }
}

export const ENGLISH_MONTHS = [
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
] as const
/** Egypt and the Gulf. */
export const EGYPT_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const
/** The Levant and Iraq. */
export const LEVANT_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
] as const
/** Tunisia and Algeria. */
export const MAGHREB_MONTHS = [
  'جانفي',
  'فيفري',
  'مارس',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const
export const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const

export function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')
  return `${day}${suffix}`
}

export function indicDigits(text: string): string {
  return text.replace(/\d/gu, (digit) => String.fromCharCode(0x0660 + Number(digit)))
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

export function monthName(names: readonly string[], parts: DateParts): string {
  return names[parts.month - 1] ?? ''
}

/** The seed's English publish line: `تاريخ النشر: 24th, September 2024 GMT`. */
export function seedPublishLine(parts: DateParts): string {
  return `تاريخ النشر: ${ordinal(parts.day)}, ${monthName(ENGLISH_MONTHS, parts)} ${parts.year} GMT`
}

const withoutHamza = (text: string): string => text.replace(/[أإآ]/gu, 'ا')
const westernDigits = (text: string): string => text.replace(/[٠-٩]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660))

/**
 * Whether a lead states the article's own date (`اليوم الجمعة 17 فيفري 2017`, `الموافق 14/3/2021`):
 * its day, its month by any name pages print or by number, and its year, side by side. An editor
 * dates a read-also article from its lead when the page prints no date for it.
 */
export function leadStatesDate(lead: string, iso: string): boolean {
  const { year, month, day } = dateParts(iso)
  const names = [EGYPT_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS].map((table) => withoutHamza(table[month - 1] ?? ''))
  const dayText = `0?${day}`
  const byName = `${dayText}\\s+(?:${names.join('|')})\\s*[،,]?\\s*${year}`
  const byNumber = `${dayText}\\s*([-/.])\\s*0?${month}\\s*\\1\\s*${year}`
  return new RegExp(`(?<!\\d)(?:${byName}|${byNumber})(?!\\d)`, 'u').test(withoutHamza(westernDigits(lead)))
}
