/**
 * Publish dates: recognizes a whole line as a date line (`تاريخ النشر: 24th, September 2024 GMT`,
 * `الثلاثاء ٢٤ أيلول ٢٠٢٤`, `24-7-2012`…) and reads dates inside other text (datelines).
 * Everything runs on normalized text, so Arabic-Indic digits, hamza and tashkeel do not matter.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { normalizeLine } from './foldedText.ts'

export type DateLabel = 'publish' | 'update' | 'plain'

export interface DateLine {
  /** ISO date, or null when the line is clearly a date line but gives no full Gregorian date. */
  readonly date: string | null
  readonly label: DateLabel
}

/** Month names by region, display spelling; matching is on normalized forms. */
export const MONTHS: Readonly<Record<string, number>> = {
  // English (full and abbreviated)
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Egypt and the Gulf
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  إبريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  // The Levant and Iraq
  'كانون الثاني': 1,
  'كانون ثاني': 1,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  'تشرين الأول': 10,
  'تشرين أول': 10,
  'تشرين الثاني': 11,
  'تشرين ثاني': 11,
  'كانون الأول': 12,
  'كانون أول': 12,
  // The Maghreb (Algeria and Tunisia; Morocco)
  جانفي: 1,
  فيفري: 2,
  أفريل: 4,
  ماي: 5,
  جوان: 6,
  جويلية: 7,
  جويليه: 7,
  أوت: 8,
  يوليوز: 7,
  غشت: 8,
  شتنبر: 9,
  نونبر: 11,
  دجنبر: 12,
}

/**
 * The words a date line's label is made of, whatever their order or number (`تاريخ النشر`, `تم
 * التحديث`, `آخر تعديل`, `نشر بتاريخ`, `Published on`): a label holds at least one word that names
 * a date, and its kind is read from its words — an update word makes it an update, a publish word
 * a publish date. `تاريخ النشر` wins over the rest.
 */
const LABEL_WORDS: Readonly<Record<string, DateLabel | 'helper'>> = {
  نشر: 'publish',
  النشر: 'publish',
  نشرت: 'publish',
  منشور: 'publish',
  نشره: 'publish',
  محدث: 'update',
  حدث: 'update',
  published: 'publish',
  posted: 'publish',
  تحديث: 'update',
  التحديث: 'update',
  تعديل: 'update',
  التعديل: 'update',
  عدل: 'update',
  معدل: 'update',
  edited: 'update',
  updated: 'update',
  modified: 'update',
  تاريخ: 'plain',
  التاريخ: 'plain',
  بتاريخ: 'plain',
  الإضافة: 'plain',
  الاضافة: 'plain',
  date: 'plain',
  آخر: 'helper',
  اخر: 'helper',
  تم: 'helper',
  في: 'helper',
  الخبر: 'helper',
  on: 'helper',
  last: 'helper',
  at: 'helper',
}
const MAX_LABEL_WORDS = 4

export const WEEKDAYS = [
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'يوم',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sun',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
]

const HIJRI_MONTHS = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'ربيع الثاني',
  'جمادى الأولى',
  'جمادى الأول',
  'جمادى الآخرة',
  'جمادى الثانية',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
]

/** Words a date line may carry besides the date: time zones, clock words, era markers. */
const DATE_LINE_FILLERS = [
  'gmt',
  'utc',
  'am',
  'pm',
  'بتوقيت',
  'غرينتش',
  'جرينتش',
  'غرينيتش',
  'مكة المكرمة',
  'مكة',
  'القدس',
  'الساعة',
  'ساعة',
  // `على الساعة 14:30`, `في تمام الساعة`: the Maghreb's and the Levant's way of giving the hour.
  'على',
  'تمام',
  'صباحا',
  'صباحاً',
  'مساء',
  'مساءً',
  'ظهرا',
  'ص',
  'م',
  'هـ',
  'ه',
  'ميلادي',
  'هجري',
  'الموافق',
  'منذ',
  'دقيقة',
  'دقائق',
  'ساعات',
  'أيام',
  'في',
  'on',
  'at',
]

/** Longest first so `تشرين الأول` wins over a shorter name; spaces match any run of spaces. */
function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => normalize(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
}

const MONTH = `(?:${alternation(Object.keys(MONTHS))})`
const MONTH_LOOKUP = new Map(Object.entries(MONTHS).map(([name, n]) => [normalize(name).replace(/\s+/g, ' '), n]))
const SEP = '[\\s,،/.\\-]*'
// A second month name in brackets or after a slash: `أيلول (سبتمبر)`, `سبتمبر/أيلول`.
const ALT_MONTH = `(?:\\s*[/(]\\s*${MONTH}\\s*\\)?)?`
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])'

/** Date shapes, each with how to read day, month and year from its groups. */
const DATE_FORMATS: ReadonlyArray<{
  readonly pattern: RegExp
  readonly read: (g: string[]) => [number, number | string, number]
}> = [
  {
    // 24th, September 2024 · 24 سبتمبر، 2024 · 04/أبريل/2021 · ٣ تشرين الأول ٢٠٢٤
    pattern: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?${SEP}(?:من\\s+)?(${MONTH})${ALT_MONTH}${SEP}(\\d{4})(?!\\d)`,
      'u',
    ),
    read: (g) => [Number(g[1]), g[2] ?? '', Number(g[3])],
  },
  {
    // September 24, 2024
    pattern: new RegExp(`${NOT_WORD_BEFORE}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'u'),
    read: (g) => [Number(g[2]), g[1] ?? '', Number(g[3])],
  },
  {
    // 2012-07-24 · 2012/7/24 · 2012 / 7 / 24 (a space either side of the mark, as some templates print it)
    pattern: /(?<!\d)(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})(?!\d)/u,
    read: (g) => [Number(g[3]), Number(g[2]), Number(g[1])],
  },
  {
    // 24-7-2012 · 24/07/2012 (day first, as Arabic pages write it; month first only when the day could not be a month)
    pattern: /(?<!\d)(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})(?!\d)/u,
    read: (g) => {
      const [a, b] = [Number(g[1]), Number(g[2])]
      return a <= 12 && b > 12 ? [b, a, Number(g[3])] : [a, b, Number(g[3])]
    },
  },
]

const MIN_YEAR = 1900
const MAX_YEAR = 2100

function isoDate(day: number, month: number | string, year: number): string | null {
  const m = typeof month === 'number' ? month : MONTH_LOOKUP.get(month.replace(/\s+/g, ' '))
  if (m === undefined || year < MIN_YEAR || year > MAX_YEAR || m < 1 || m > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, m - 1, day))
  if (date.getUTCDate() !== day) return null // 31 April, 30 February…
  return date.toISOString().slice(0, 10)
}

interface FoundDate {
  readonly date: string
  /** Normalized-text range of the date. */
  readonly start: number
  readonly end: number
}

function findInNormalized(text: string): FoundDate | null {
  for (const format of DATE_FORMATS) {
    const match = format.pattern.exec(text)
    if (!match) continue
    const date = isoDate(...format.read([...match].map((g) => g ?? '')))
    if (date) return { date, start: match.index, end: match.index + match[0].length }
  }
  return null
}

/** The first Gregorian date written anywhere in `text`, as ISO, or null. */
export function parseDateText(text: string): string | null {
  return findInNormalized(normalize(text))?.date ?? null
}

const LABEL_WORD = new Map(Object.entries(LABEL_WORDS).map(([word, kind]) => [normalize(word), kind]))

/** A label of n words and its separator, for n = 0…MAX_LABEL_WORDS: compiled once, not per date line. */
const LABEL_OF_WORDS = Array.from(
  { length: MAX_LABEL_WORDS + 1 },
  (_, n) => new RegExp(`^(?:[\\p{L}]+\\s*){${n}}[:：\\-–]?\\s*`, 'u'),
)

/** The label opening a (normalized) date line: its length and kind, or null when it has none. */
function readLabel(text: string): { length: number; kind: DateLabel; colon: boolean } | null {
  const words = /^(?:[\p{L}]+\s*){1,4}/u.exec(text)?.[0].split(/\s+/u).filter(Boolean) ?? []
  let kind: DateLabel | null = null
  let taken = 0
  for (const word of words.slice(0, MAX_LABEL_WORDS)) {
    const wordKind = LABEL_WORD.get(word.toLowerCase())
    if (wordKind === undefined) break
    taken++
    if (wordKind === 'update' || (wordKind === 'publish' && kind !== 'update')) kind = wordKind
    else if (wordKind === 'plain') kind ??= 'plain'
  }
  if (kind === null) return null
  const label = LABEL_OF_WORDS[taken]?.exec(text)
  return label ? { length: label[0].length, kind, colon: /[:：\-–]/u.test(label[0]) } : null
}
const WEEKDAY = new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(WEEKDAYS)})${NOT_WORD_AFTER}`, 'gu')
// A month's name printed beside a numeric date (`2017/01/13 | كانون الثاني`) says the date again.
const MONTH_WORD = new RegExp(`${NOT_WORD_BEFORE}(?:${MONTH})${NOT_WORD_AFTER}`, 'gu')
const HIJRI_DATE = new RegExp(`\\d{1,2}\\s*(?:${alternation(HIJRI_MONTHS)})\\s*\\d{3,4}`, 'gu')
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{2}:?\d{2}/gu
// Fillers may touch digits: `2024م`, `10:30ص`.
const FILLER = new RegExp(`(?<!\\p{L})(?:${alternation(DATE_LINE_FILLERS)})(?!\\p{L})`, 'gu')
/** Date lines are short; anything longer is a sentence that happens to contain a date. */
const MAX_DATE_LINE_LENGTH = 120
/** Words a labelled date line may carry that are not a readable date (`منذ ساعتين`). */
const MAX_LABELLED_LEFTOVER_WORDS = 3

/** `منذ 3 ساعات`, `قبل يومين`, `5 hours ago`: a date line that gives no date a page can keep. */
const RELATIVE_TIME =
  /^(?:(?:منذ|قبل)\s+(?:\d+\s+)?(?:دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)|\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago)$/u

/** Reads a whole line as a date line; null when the line says more than a date. */
export function parseDateLine(line: string): DateLine | null {
  // Normalizing only drops marks, so a line more than twice too long cannot become short enough.
  if (line.length > 2 * MAX_DATE_LINE_LENGTH) return null
  let text = normalizeLine(line).trim()
  if (line.length < MAX_DATE_LINE_LENGTH && RELATIVE_TIME.test(text)) return { date: null, label: 'plain' }
  if (text.length === 0 || text.length > MAX_DATE_LINE_LENGTH) return null
  const label = readLabel(text)
  // Every date shape has digits: a line without any is a date line only as a label and its colon
  // (`تاريخ النشر: منذ ساعتين`). Most lines are not date lines; this skips the date shapes for them.
  if (!label?.colon && !/\d/u.test(text)) return null
  const kind = label?.kind ?? 'plain'
  if (label) text = text.slice(label.length)
  const found = findInNormalized(text)
  if (found) text = text.slice(0, found.start) + ' ' + text.slice(found.end)
  const leftover = text
    .replace(HIJRI_DATE, ' ')
    .replace(MONTH_WORD, ' ')
    .replace(WEEKDAY, ' ')
    .replace(CLOCK, ' ')
    .replace(FILLER, ' ')
  const leftoverWords = leftover.match(/\p{L}+/gu)?.length ?? 0
  const hasDate = found !== null || text.search(HIJRI_DATE) >= 0
  // A labelled line is a date line even when its date cannot be read (`تاريخ النشر: منذ ساعتين`),
  // but only with its colon: `نشر التعليق` is a button.
  if (label && !hasDate && !label.colon) return null
  if (label ? leftoverWords > MAX_LABELLED_LEFTOVER_WORDS : leftoverWords > 0 || !hasDate) return null
  return { date: found?.date ?? null, label: kind }
}

const LABEL_PRIORITY: Record<DateLabel, number> = { publish: 0, plain: 1, update: 2 }

/** Picks the publish date from a page's date lines: `تاريخ النشر` first, updates last. Warns when they disagree. */
export function choosePublishDate(lines: readonly DateLine[]): { date: string | null; warning: string | null } {
  const dated = lines.filter((l): l is DateLine & { date: string } => l.date !== null)
  const ranked = [...dated].sort((a, b) => LABEL_PRIORITY[a.label] - LABEL_PRIORITY[b.label])
  const chosen = ranked[0]
  if (!chosen) return { date: null, warning: null }
  const others = [...new Set(dated.filter((l) => l.label !== 'update').map((l) => l.date))]
  const warning =
    others.length > 1 ? `date lines disagree (${others.join(', ')}); used ${chosen.date} (${chosen.label} date)` : null
  return { date: chosen.date, warning }
}
