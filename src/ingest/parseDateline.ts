/**
 * The dateline that leads an article's first paragraph: where it was filed and, often, by which
 * outlet or agency (`بغداد/المسلة:`, `بيروت (رويترز) -`, `سبق- الرياض:`, `لندن 24-7-2012 وفا-`).
 * Patterns are written in display spelling and matched on normalized text (see foldedText.ts).
 */
import { normalize } from '../core/arabic/normalize.ts'
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { parseDateText } from './parseDate.ts'

export interface Dateline {
  readonly place: string | null
  readonly outlet: string | null
  readonly date: string | null
  /** The paragraph with the dateline removed. */
  readonly rest: string
}

/**
 * Places common in Arabic datelines. Only needed where the shape alone is ambiguous: which side of
 * `X – Y:` is the place, and whether a lone `X:` is a place or a speaker.
 */
export const KNOWN_PLACES = [
  'بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف', 'كربلاء', 'الناصرية', 'كركوك', 'السليمانية', 'الأنبار', 'الفلوجة', 'الرمادي',
  'دمشق', 'حلب', 'بيروت', 'عمان', 'القدس', 'رام الله', 'غزة', 'الخليل', 'نابلس', 'القاهرة', 'الإسكندرية', 'الخرطوم',
  'الرياض', 'جدة', 'مكة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الكويت', 'الدوحة', 'المنامة', 'أبوظبي', 'أبو ظبي',
  'دبي', 'الشارقة', 'مسقط', 'صنعاء', 'عدن', 'طرابلس', 'بنغازي', 'تونس', 'الجزائر', 'وهران', 'قسنطينة', 'الرباط',
  'الدار البيضاء', 'نواكشوط', 'مقديشو', 'جيبوتي', 'طهران', 'أنقرة', 'إسطنبول', 'اسطنبول', 'واشنطن', 'نيويورك',
  'لندن', 'باريس', 'برلين', 'موسكو', 'بكين', 'طوكيو', 'روما', 'مدريد', 'بروكسل', 'جنيف', 'فيينا', 'نيامي', 'باماكو',
  'أديس أبابا', 'نيروبي', 'لاغوس', 'أبوجا', 'داكار', 'شتوتغارت', 'كابل', 'إسلام آباد', 'نيودلهي', 'الأمم المتحدة',
]

/**
 * Words in an outlet slot (dateline, credit, source line) that name no outlet: `بغداد – خاص:` is
 * an exclusive, `المصدر: وكالات` is "agencies", not outlets called خاص or وكالات.
 */
export const NOT_OUTLETS = [
  'خاص', 'خاص بالموقع', 'متابعة', 'متابعات', 'وكالات', 'تحرير', 'ترجمة', 'رصد', 'إعداد', 'تقرير', 'مونتاج',
  'المحرر', 'مراسلنا', 'مراسلون', 'مواقع', 'مواقع إلكترونية', 'مصادر',
]

/**
 * Words that open reported speech: `واشنطن – قال الرئيس: …` is a place, then a sentence, not a
 * place and an outlet called `قال الرئيس`.
 */
export const SPEECH_VERBS = [
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أوضح', 'أوضحت', 'صرح', 'صرحت',
  'كشف', 'كشفت', 'أشار', 'أشارت', 'نقل', 'نقلت', 'أضاف', 'أضافت', 'وقال', 'وقالت', 'يقول', 'تقول',
]

const KNOWN_PLACE_SET = new Set(KNOWN_PLACES.map((p) => normalize(p)))
const NOT_OUTLET_SET = new Set(NOT_OUTLETS.map((w) => normalize(w)))
const SPEECH_VERB_SET = new Set(SPEECH_VERBS.map((w) => normalize(w)))

// A name slot: one to three words of letters.
const NAME = '\\p{L}+(?:\\s+\\p{L}+){0,2}'
const DASH = '[-–—]'
const NUMERIC_DATE = '\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}'

/** Which side of a two-name dateline is the place when neither or both are known places. */
type Order = 'place-first' | 'outlet-first' | 'known-place-only'
type Slots = { place?: number; outlet?: number; date?: number; pair?: { sides: [number, number]; order: Order } }

/** Dateline shapes, tried in order. A `pair` dateline's place side is decided by KNOWN_PLACES, then by `order`. */
export const DATELINE_PATTERNS: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly slots: Slots }> = [
  // بغداد/المسلة:
  { name: 'place/outlet', pattern: new RegExp(`^(${NAME})\\s*/\\s*(${NAME})\\s*:\\s*`, 'u'), slots: { pair: { sides: [1, 2], order: 'place-first' } } },
  // بيروت (رويترز) - · واشنطن، 24 سبتمبر (رويترز) -
  {
    name: 'place (outlet) -',
    pattern: new RegExp(`^(${NAME})(?:\\s*[،,]\\s*([\\p{L}\\p{N}\\s/.-]{1,30}?))?\\s*\\(\\s*(${NAME})\\s*\\)\\s*(?:${DASH}|:)\\s*`, 'u'),
    slots: { place: 1, date: 2, outlet: 3 },
  },
  // لندن 24-7-2012 وفا-
  {
    name: 'place date outlet-',
    pattern: new RegExp(`^(${NAME})\\s*[،,]?\\s*(${NUMERIC_DATE})\\s*(?:\\(\\s*)?(${NAME})(?:\\s*\\))?\\s*(?:${DASH}|:)\\s*`, 'u'),
    slots: { place: 1, date: 2, outlet: 3 },
  },
  // سبق- الرياض: (a dash glued to the first side marks it as the outlet, unless it is a known place)
  { name: 'X- Y:', pattern: new RegExp(`^(${NAME})${DASH}\\s*(${NAME})\\s*:\\s*`, 'u'), slots: { pair: { sides: [1, 2], order: 'outlet-first' } } },
  // القاهرة – اليوم السابع:
  { name: 'X – Y:', pattern: new RegExp(`^(${NAME})\\s+${DASH}\\s*(${NAME})\\s*:\\s*`, 'u'), slots: { pair: { sides: [1, 2], order: 'known-place-only' } } },
  // (رويترز) -
  { name: '(outlet) -', pattern: new RegExp(`^\\(\\s*(${NAME})\\s*\\)\\s*(?:${DASH}|:)\\s*`, 'u'), slots: { outlet: 1 } },
]

/** A lone place: `بغداد:` or `بغداد -`, only for known places (otherwise `قال الوزير:` would be one). */
const LONE_PLACE = new RegExp(`^(${NAME})\\s*(?:${DASH}|:)\\s*`, 'u')

const COMPILED = DATELINE_PATTERNS.map((p) => ({ ...p, pattern: foldedPattern(p.pattern) }))
const LONE_PLACE_COMPILED = foldedPattern(LONE_PLACE)

function isKnownPlace(name: string | undefined): boolean {
  return name !== undefined && KNOWN_PLACE_SET.has(normalize(name))
}

/** The name, unless it is one of NOT_OUTLETS. */
export function outletOrNull(name: string | undefined): string | null {
  return name && !NOT_OUTLET_SET.has(normalize(name)) ? name : null
}

function opensSpeech(name: string | undefined): boolean {
  return name !== undefined && SPEECH_VERB_SET.has(normalize(name.split(/\s+/u)[0] ?? ''))
}

/** Orders a two-name dateline as [place, outlet]; null when it is not a dateline after all. */
function placeAndOutlet(first: string | undefined, second: string | undefined, order: Order): [string | undefined, string | undefined] | null {
  let pair: [string | undefined, string | undefined] | null
  if (isKnownPlace(first)) pair = [first, second]
  else if (isKnownPlace(second)) pair = [second, first]
  else if (order === 'place-first') pair = [first, second]
  else if (order === 'outlet-first') pair = [second, first]
  else pair = null
  return pair && !opensSpeech(pair[1]) ? pair : null
}

/** Datelines sit in a paragraph's first characters; only those are folded and matched. */
const DATELINE_SCAN_LENGTH = 120

/** Reads the dateline at the start of `paragraph`; null when it has none. */
export function parseDateline(paragraph: string): Dateline | null {
  const head = foldText(paragraph.slice(0, DATELINE_SCAN_LENGTH))
  for (const { pattern, slots } of COMPILED) {
    const match = matchFolded(head, pattern)
    if (!match) continue
    const group = (i: number | undefined) => (i === undefined ? undefined : match.groups[i - 1])
    const rest = paragraph.slice(match.end).trim()
    if (slots.pair) {
      const sides = placeAndOutlet(group(slots.pair.sides[0]), group(slots.pair.sides[1]), slots.pair.order)
      if (!sides) continue
      return { place: sides[0] ?? null, outlet: outletOrNull(sides[1]), date: null, rest }
    }
    const dateText = group(slots.date)
    return {
      place: group(slots.place) ?? null,
      outlet: outletOrNull(group(slots.outlet)),
      date: dateText ? parseDateText(dateText) : null,
      rest,
    }
  }
  const lone = matchFolded(head, LONE_PLACE_COMPILED)
  if (lone && isKnownPlace(lone.groups[0])) {
    return { place: lone.groups[0] ?? null, outlet: null, date: null, rest: paragraph.slice(lone.end).trim() }
  }
  return null
}
