/**
 * Properties fuzzed over the page parser, the date reader and the normalizer: in the unit tests
 * with `ciRuns` cases each (≥ 10,000 in all, fixed seed), and by `npm run fuzz` with many more and
 * a fresh seed. Each says what must hold for any input, not for chosen examples.
 */
import fc from 'fast-check'
import { normalize, normalizeWithMap } from '@/core/arabic/normalize.ts'
import { MONTHS, parseDateLine, parseDateText } from '../parse/parseDate.ts'
import { parsePage } from '../parse/parsePage.ts'
import { pageFromBytes } from '../input/readPage.ts'

export interface FuzzOutcome {
  readonly failed: boolean
  readonly numRuns: number
  readonly seed: number
  /** The shrunk input that broke the property, as fast-check prints it. */
  readonly counterexample: string | null
  readonly error: string | null
}

export interface FuzzProperty {
  readonly name: string
  /** Cases in the unit tests (CI). */
  readonly ciRuns: number
  readonly check: (params: { numRuns: number; seed: number }) => FuzzOutcome
}

function outcome<T>(details: fc.RunDetails<T>): FuzzOutcome {
  return {
    failed: details.failed,
    numRuns: details.numRuns,
    seed: details.seed,
    counterexample: details.counterexample === null ? null : fc.stringify(details.counterexample),
    error:
      details.errorInstance instanceof Error
        ? (details.errorInstance.stack ?? details.errorInstance.message)
        : details.failed
          ? 'property returned false'
          : null,
  }
}

/** Pieces real pages are made of, so random pages reach the parser's branches, not only its first check. */
const PAGE_PIECES = [
  'تاريخ النشر: 24th, September 2024 GMT',
  '٣ تشرين الأول ٢٠٢٣',
  'بغداد/المسلة: ',
  'القاهرة – اليوم السابع: ',
  'بيروت (رويترز) - ',
  'سبق- الرياض: ',
  'لندن 24-7-2012 وفا- ',
  'إقرأ أيضاً:',
  'اقرأ أيضا: ',
  'قد يهمك',
  'كلمات دلالية: القوات الأمیرکیة مهمة التحالف',
  'كلمات مفتاحية: ',
  'المصدر: المسلة',
  'المسلة – متابعة – وكالات',
  "About Post Author زينSee author's posts",
  'إضغط على الصورة لتحميل تطبيق النهار على البلاي ستور',
  'Advertisements',
  'INCLUDEPICTURE "x" \\* MERGEFORMATINET',
  'أعلنت الوزارة اليوم عن خطة جديدة للنقل في العاصمة وأكدت أن التنفيذ سيبدأ قريبا.',
  'العراق والولايات المتحدة',
  'الجزائر وأفريكوم',
  '#وسم_أول #وسم',
  'بقلم: سليم حداد',
  '(أ ف ب)',
  'الثلاثاء',
  'منذ ساعتين',
  '04/أبريل/2021',
  'جانفي',
  'آخر تحديث:',
  '\r\n',
  '\n',
  '\n\n',
  ' ',
  '.',
  ':',
  '-',
  '«',
  '»',
  '“',
  '\u200B',
  '\u200F',
  '\u202E',
  '\u00A0',
  '\uFEFF',
  'ـــ',
  'َ',
  'ّ',
  '&quot;',
  '&#1575;',
  '&amp;',
  '\u0000',
  '\u0007',
  '\t',
  'ی',
  'ک',
  '٢٠٢٤',
]

/** Text shaped like a page: real pieces, random graphemes, and random Unicode between them. */
export const pageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...PAGE_PIECES) },
          { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
        ),
        { maxLength: 50 },
      )
      .map((parts) => parts.join('')),
  },
)

/** Control characters the cleaner must remove wherever they come from. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u

function articleTexts(page: ReturnType<typeof parsePage>): string[] {
  return page.status === 'ok'
    ? page.articles.flatMap((a) => [
        a.title,
        ...a.body,
        ...a.keywords,
        a.author ?? '',
        a.outlet ?? '',
        a.dateline ?? '',
      ])
    : []
}

/** The page parse holds what the contract needs: a non-empty title and body, no control characters, an actionable reason. */
function wellFormed(page: ReturnType<typeof parsePage>): boolean {
  if (page.status === 'rejected') return /\S.*: \S/u.test(page.reason)
  return (
    page.articles.length > 0 &&
    page.articles.every((a) => a.title.length > 0 && a.body.length > 0 && a.body.every((p) => p.length > 0)) &&
    !articleTexts(page).some((t) => CONTROLS.test(t))
  )
}

/** Damage a UTF-8 page the way disks and scrapers do: cut it, flip bytes, insert stray bytes. */
const damagedPageBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    pageText,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'insert', 'delete')), {
      maxLength: 6,
    }),
    fc.option(fc.nat()),
  )
  .map(([text, edits, cut]) => {
    const bytes = [...Buffer.from(text, 'utf8')]
    for (const [at, value, kind] of edits) {
      const i = bytes.length === 0 ? 0 : at % bytes.length
      if (kind === 'flip' && bytes.length > 0) bytes[i] = value
      else if (kind === 'insert') bytes.splice(i, 0, value)
      else bytes.splice(i, 1)
    }
    return Uint8Array.from(cut === null || bytes.length === 0 ? bytes : bytes.slice(0, cut % (bytes.length + 1)))
  })

function existingDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0)).toISOString().slice(0, 10) === iso
}

const toArabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))

/** A real date, written the ways pages write it. */
const writtenDate = fc
  .tuple(
    fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.nat(),
    fc.nat(),
    fc.boolean(),
  )
  .map(([date, nameIndex, form, indic]) => {
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
    const names = Object.entries(MONTHS)
      .filter(([, n]) => n === m)
      .map(([name]) => name)
    const name = names[nameIndex % names.length] ?? ''
    const forms = [
      `${d} ${name} ${y}`,
      `${d} ${name}، ${y}`,
      `${d}/${name}/${y}`,
      `${y}-${m}-${d}`,
      `${d}-${m}-${y}`,
      `تاريخ النشر: ${d}th, ${name} ${y} GMT`,
      `الثلاثاء ${d} ${name} ${y}`,
    ]
    const text = forms[form % forms.length] ?? ''
    return { iso: date.toISOString().slice(0, 10), text: indic ? toArabicIndic(text) : text }
  })

const DROPPED = /[\u0640\u064B-\u065F\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/u
const FOLDED_AWAY = /[آأإٱىةیېکگ\u00A0\u202F\u2007\u0660-\u0669\u06F0-\u06F9]/u
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  pageText,
)

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'parsePage: never throws; articles have a title and body and no control characters; rejections say what to fix',
    ciRuns: 2500,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(pageText, (text) => wellFormed(parsePage(text))),
          p,
        ),
      ),
  },
  {
    name: 'parsePage: line endings do not change the parse (LF, CRLF, CR)',
    ciRuns: 1000,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(pageText, (text) => {
            const lf = text.replace(/\r\n?/g, '\n')
            const expected = JSON.stringify(parsePage(lf))
            return (
              JSON.stringify(parsePage(lf.replace(/\n/g, '\r\n'))) === expected &&
              JSON.stringify(parsePage(lf.replace(/\n/g, '\r'))) === expected
            )
          }),
          p,
        ),
      ),
  },
  {
    name: 'pageFromBytes: any bytes give a well-formed parse or an actionable rejection',
    ciRuns: 2000,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(fc.uint8Array({ maxLength: 800 }), (bytes) => wellFormed(pageFromBytes(bytes))),
          p,
        ),
      ),
  },
  {
    name: 'pageFromBytes: damaged UTF-8 (cut, flipped, inserted bytes) never throws and never leaks U+FFFD or controls',
    ciRuns: 1500,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(damagedPageBytes, (bytes) => {
            const page = pageFromBytes(bytes)
            return (
              wellFormed(page) &&
              (page.status === 'rejected' ||
                !articleTexts(page).some((t) => t.includes('\uFFFD')) ||
                bytes.includes(0xef))
            )
          }),
          p,
        ),
      ),
  },
  {
    name: 'parseDateText: a real date written as pages write it reads back as itself',
    ciRuns: 2000,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(
            writtenDate,
            ({ iso, text }) => parseDateText(text) === iso && (parseDateLine(text)?.date ?? iso) === iso,
          ),
          p,
        ),
      ),
  },
  {
    name: 'parseDateText / parseDateLine: never an impossible date, never a throw, on any text',
    ciRuns: 1000,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(anyText, (text) =>
            [parseDateText(text), parseDateLine(text)?.date ?? null].every((d) => d === null || existingDate(d)),
          ),
          p,
        ),
      ),
  },
  {
    name: 'normalize: idempotent, and normalizeWithMap agrees with it and maps every unit back in order',
    ciRuns: 2000,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(anyText, (text) => {
            const once = normalize(text)
            const { normalized, map } = normalizeWithMap(text)
            const ordered = map.every((v, i) => v >= 0 && v <= text.length && (i === 0 || v >= (map[i - 1] ?? 0)))
            return (
              normalize(once) === once &&
              normalized === once &&
              map.length === once.length + 1 &&
              map.at(-1) === text.length &&
              ordered
            )
          }),
          p,
        ),
      ),
  },
  {
    name: 'normalize: no tashkeel, tatweel, invisible character, hamza form, Persian letter or Eastern digit survives',
    ciRuns: 1000,
    check: (p) =>
      outcome(
        fc.check(
          fc.property(anyText, (text) => !DROPPED.test(normalize(text)) && !FOLDED_AWAY.test(normalize(text))),
          p,
        ),
      ),
  },
]
