/**
 * Date lines in the shapes aggregator pages use (docs/ingest.md): the English `تاريخ النشر` line, Arabic
 * dates with the month names of each region, Arabic-Indic digits, numeric dates, weekday prefixes,
 * and an update line that disagrees with the publish date.
 */
import type { Random } from './random.ts'

const ENGLISH = [
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
]
const EGYPT_GULF = [
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
]
const LEVANT_IRAQ = [
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
]
const ALGERIA_TUNISIA = [
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
]
const MOROCCO = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'ماي',
  'يونيو',
  'يوليوز',
  'غشت',
  'شتنبر',
  'أكتوبر',
  'نونبر',
  'دجنبر',
]
const REGIONS = [EGYPT_GULF, LEVANT_IRAQ, ALGERIA_TUNISIA, MOROCCO]
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'

interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
  readonly weekday: number
}

function ymd(iso: string): Ymd {
  const date = new Date(`${iso}T00:00:00Z`)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() }
}

function ordinal(d: number): string {
  const suffix =
    d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'
  return `${d}${suffix}`
}

export function arabicIndic(text: string): string {
  return text.replace(/[0-9]/gu, (digit) => ARABIC_INDIC[Number(digit)] ?? digit)
}

function monthName(names: readonly string[], m: number): string {
  return names[m - 1] ?? ''
}

/** `تاريخ النشر: 24th, September 2024 GMT` */
export function englishPublishLine(iso: string): string {
  const { y, m, d } = ymd(iso)
  return `تاريخ النشر: ${ordinal(d)}, ${monthName(ENGLISH, m)} ${y} GMT`
}

/** `24 سبتمبر، 2024`, `الثلاثاء ٢٤ أيلول ٢٠٢٤`, `24-9-2024`, `24/سبتمبر/2024`, in one of the regions' spellings. */
export function arabicDateLine(iso: string, r: Random): string {
  const { y, m, d, weekday } = ymd(iso)
  const month = monthName(r.pick(REGIONS), m)
  const shape = r.weighted({ spelled: 6, comma: 3, numeric: 2, slashed: 1 })
  let text =
    shape === 'spelled'
      ? `${d} ${month} ${y}`
      : shape === 'comma'
        ? `${d} ${month}، ${y}`
        : shape === 'numeric'
          ? `${d}-${m}-${y}`
          : `${String(d).padStart(2, '0')}/${month}/${y}`
  if (r.chance(0.25)) text = `${WEEKDAYS[weekday] ?? ''} ${text}`
  return r.chance(0.15) ? arabicIndic(text) : text
}

/** The header date lines of an aggregator page; the first names the publish date. */
export function headerDateLines(iso: string, r: Random): string[] {
  const shape = r.weighted({ seed: 5, labelled: 2, arabicOnly: 2, updated: 1 })
  if (shape === 'seed') return [englishPublishLine(iso), arabicDateLine(iso, r)]
  if (shape === 'labelled') return [`${r.pick(['نشر بتاريخ', 'تاريخ النشر', 'التاريخ'])}: ${arabicDateLine(iso, r)}`]
  if (shape === 'arabicOnly') return [arabicDateLine(iso, r)]
  // Two date lines that disagree: the update comes later; the publish date is the one to keep.
  const later = new Date(Date.parse(`${iso}T00:00:00Z`) + r.int(1, 20) * 86_400_000).toISOString().slice(0, 10)
  return [`آخر تحديث: ${arabicDateLine(later, r)}`, englishPublishLine(iso)]
}
