/**
 * The dateline that leads an article's first paragraph: where it was filed and, often, by which
 * outlet or agency (`بغداد/المسلة:`, `بيروت (رويترز) -`, `سبق- الرياض:`, `لندن 24-7-2012 وفا-`).
 * Patterns are written in display spelling and matched on normalized text (see foldedText.ts).
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { CLAUSE_WORDS, DATELINE_PLACES, KNOWN_OUTLETS, NOT_OUTLETS, SPEECH_VERBS } from './datelineWords.ts'
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { parseDateText } from './parseDate.ts'

export interface Dateline {
  readonly place: string | null
  readonly outlet: string | null
  readonly date: string | null
  /** The paragraph with the dateline removed. */
  readonly rest: string
}

const KNOWN_PLACE_SET = new Set(DATELINE_PLACES.map((p) => normalize(p)))
const NOT_OUTLET_SET = new Set(NOT_OUTLETS.map((w) => normalize(w)))
const SPEECH_VERB_SET = new Set(SPEECH_VERBS.map((w) => normalize(w)))
const KNOWN_OUTLET_SET = new Set(KNOWN_OUTLETS.map((w) => normalize(w)))
const CLAUSE_WORD_SET = new Set(CLAUSE_WORDS.map((w) => normalize(w)))

/** `مراسل الوادي`, `موفد الوادي`: the outlet's correspondent signs for the outlet. */
const CORRESPONDENT_WORDS = '(?:مراسل|مراسلة|موفد|موفدة|مندوب|مندوبة|مكتب)'
const CORRESPONDENT = new RegExp(`^${CORRESPONDENT_WORDS}\\s+(?=\\p{L})`, 'u')
// A name slot: one to three words of letters, perhaps after a correspondent's title.
const NAME = `(?:${CORRESPONDENT_WORDS}\\s+)?\\p{L}+(?:\\s+\\p{L}+){0,2}`
const DASH = '[-–—]'
const NUMERIC_DATE = '\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}'
// An outlet may be quoted: `دبي – «الخليج»:`.
const OPEN_QUOTE = '[«"“]?'
const CLOSE_QUOTE = '[»"”]?'

/** Which side of a two-name dateline is the place when neither side is a known place or outlet. */
type Order = 'place-first' | 'outlet-first'
type Slots = {
  place?: number
  outlet?: number
  date?: number
  pair?: { sides: [number, number]; order: Order; knownPlace?: boolean }
}

/**
 * Dateline shapes, tried in order. The shape decides that a paragraph opens with a dateline; a
 * `pair` dateline's place side is decided by KNOWN_PLACES, then KNOWN_OUTLETS, then by `order`.
 */
export const DATELINE_PATTERNS: ReadonlyArray<{
  readonly name: string
  readonly pattern: RegExp
  readonly slots: Slots
}> = [
  // بغداد/المسلة: · الخرطوم/ السوداني/ (a closing slash as the end mark)
  {
    name: 'place/outlet',
    pattern: new RegExp(`^(${NAME})\\s*/\\s*${OPEN_QUOTE}(${NAME})${CLOSE_QUOTE}\\s*(?::|${DASH}|/)\\s*`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'place-first' } },
  },
  // عدن | عدن الغد | · السوداني | الخرطوم | (a bar after each side, as a site's template prints them)
  {
    name: 'X | Y |',
    pattern: new RegExp(`^(${NAME})\\s*\\|\\s*${OPEN_QUOTE}(${NAME})${CLOSE_QUOTE}\\s*\\|\\s*`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'place-first' } },
  },
  // بيروت (رويترز) - · واشنطن، 24 سبتمبر (رويترز) -
  {
    name: 'place (outlet) -',
    pattern: new RegExp(
      `^(${NAME})(?:(?:\\s*[،,]\\s*|\\s+(?=\\d))([\\p{L}\\p{N}\\s/.-]{1,30}?))?\\s*\\(\\s*(${NAME})\\s*\\)\\s*(?:${DASH}|:)\\s*`,
      'u',
    ),
    slots: { place: 1, date: 2, outlet: 3 },
  },
  // لندن 24-7-2012 وفا-
  {
    name: 'place date outlet-',
    pattern: new RegExp(
      `^(${NAME})\\s*[،,]?\\s*(${NUMERIC_DATE})\\s*(?:\\(\\s*)?(${NAME})(?:\\s*\\))?\\s*(?:${DASH}|:)\\s*`,
      'u',
    ),
    slots: { place: 1, date: 2, outlet: 3 },
  },
  // طرابلس، النهار - (a comma between place and outlet, a dash to end)
  {
    name: 'X، Y -',
    pattern: new RegExp(`^(${NAME})\\s*[،,]\\s*${OPEN_QUOTE}(${NAME})${CLOSE_QUOTE}\\s+${DASH}\\s+`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'place-first', knownPlace: true } },
  },
  // سبق- الرياض: (a dash glued to the first side marks it as the outlet, unless a list says otherwise)
  {
    name: 'X- Y:',
    pattern: new RegExp(`^(${NAME})${DASH}\\s*${OPEN_QUOTE}(${NAME})${CLOSE_QUOTE}\\s*:\\s*`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'outlet-first' } },
  },
  // القاهرة – اليوم السابع: · المنصورة – اليوم السابع: (any place: the place comes first)
  {
    name: 'X – Y:',
    pattern: new RegExp(`^(${NAME})\\s+${DASH}\\s*${OPEN_QUOTE}(${NAME})${CLOSE_QUOTE}\\s*:\\s*`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'place-first' } },
  },
  // قسنطينة – الخبر – (a known place first: prose sets clauses between dashes too, `وصل – بحفظ الله – نائب`)
  {
    name: 'X – Y –',
    pattern: new RegExp(`^(${NAME})\\s+${DASH}\\s+${OPEN_QUOTE}(${NAME})${CLOSE_QUOTE}\\s+${DASH}\\s+`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'place-first', knownPlace: true } },
  },
  // نابلس — «وطن» — (a quoted outlet between dashes: prose does not quote a clause, so any place)
  {
    name: 'X – «Y» –',
    pattern: new RegExp(`^(${NAME})\\s+${DASH}\\s+[«"“](${NAME})[»"”]\\s+${DASH}\\s+`, 'u'),
    slots: { pair: { sides: [1, 2], order: 'place-first' } },
  },
  // (الوطن) كسلا - · (الوطن) – كسلا: (the outlet in brackets, then a known place: `(رويترز) الحكومة العراقية:` opens a sentence)
  {
    name: '(outlet) place -',
    pattern: new RegExp(`^\\(\\s*(${NAME})\\s*\\)\\s*(?:${DASH}\\s*)?(${NAME})\\s*(?:${DASH}|:)\\s*`, 'u'),
    slots: { pair: { sides: [2, 1], order: 'place-first', knownPlace: true } },
  },
  // (رويترز) -
  {
    name: '(outlet) -',
    pattern: new RegExp(`^\\(\\s*(${NAME})\\s*\\)\\s*(?:${DASH}|:)\\s*`, 'u'),
    slots: { outlet: 1 },
  },
]

/**
 * A lone place: `بغداد:` or `بغداد -`, or `من بغداد:` (from Baghdad), only for known places
 * (otherwise `قال الوزير:` would be one).
 */
const LONE_PLACE = new RegExp(`^(?:من\\s+)?(${NAME})\\s*(?:${DASH}|:)\\s*`, 'u')

const COMPILED = DATELINE_PATTERNS.map((p) => ({ ...p, pattern: foldedPattern(p.pattern) }))
const LONE_PLACE_COMPILED = foldedPattern(LONE_PLACE)

/** Every shape a dateline is read with, for the gate's test. */
export const DATELINE_SHAPES: readonly RegExp[] = [...COMPILED.map((c) => c.pattern), LONE_PLACE_COMPILED]

/**
 * What every shape above needs: a bracket first, or one to three words (after `من`) and then a
 * separator, a bracket or a digit. One test that most paragraphs fail, instead of twelve patterns
 * tried on each (a tenth of the pattern work of the parse); parseDateline.gate.test.ts checks
 * that no shape matches a paragraph the gate turns away.
 */
export const DATELINE_GATE = foldedPattern(new RegExp(`^(?:\\(|(?:من\\s+)?${NAME}\\s*(?:[/|،,\\d(:]|${DASH}))`, 'u'))

/** The name (without a correspondent's title), unless it is one of NOT_OUTLETS. */
export function outletOrNull(name: string | undefined): string | null {
  const outlet = name?.replace(CORRESPONDENT, '')
  return outlet && !NOT_OUTLET_SET.has(normalize(outlet)) ? outlet : null
}

const inSet = (set: ReadonlySet<string>) => (name: string | undefined) => name !== undefined && set.has(normalize(name))
const isKnownPlace = inSet(KNOWN_PLACE_SET)
const isKnownOutlet = inSet(KNOWN_OUTLET_SET)

/** A dateline side names a place or an outlet: no clause words, and it does not open reported speech. */
function couldBeName(name: string | undefined): name is string {
  if (name === undefined) return false
  const words = normalize(name).split(/\s+/u)
  return !SPEECH_VERB_SET.has(words[0] ?? '') && !words.some((w) => CLAUSE_WORD_SET.has(w))
}

/**
 * A side that says it is a medium (`صحيفة النيل`, `وكالة الأنباء`, `السومرية نيوز`, `جوهرة أف أم`)
 * is the outlet whatever the lists hold: places are not named that way.
 */
const OUTLET_SHAPE = foldedPattern(
  /^(?:صحيفة|جريدة|موقع|وكالة|قناة|إذاعة|راديو|مجلة|شبكة|بوابة)\s|\s(?:نيوز|أونلاين|أون لاين|أف أم|إف إم|اف ام|fm|tv|24)$/iu,
)
const isOutletShaped = (name: string) => matchFolded(foldText(name), OUTLET_SHAPE) !== null

/** A name that says it is a medium, or one the outlet list holds. */
export function namesMedium(name: string): boolean {
  return isOutletShaped(name) || isKnownOutlet(name)
}

/** Orders a two-name dateline as [place, outlet]; null when it is not a dateline after all. */
function placeAndOutlet(first: string | undefined, second: string | undefined, order: Order): [string, string] | null {
  if (!couldBeName(first) || !couldBeName(second)) return null
  if (isOutletShaped(second) && !isOutletShaped(first)) return [first, second]
  if (isOutletShaped(first) && !isOutletShaped(second)) return [second, first]
  const firstIsPlace = isKnownPlace(first)
  const secondIsPlace = isKnownPlace(second)
  // Both sides name places (`الرياض (لندن):`, الرياض also a newspaper): the side that also names
  // an outlet signs it; the shape's order decides only when that does not settle it.
  if (firstIsPlace && secondIsPlace && isKnownOutlet(first) !== isKnownOutlet(second)) {
    return isKnownOutlet(first) ? [second, first] : [first, second]
  }
  if (firstIsPlace) return [first, second]
  if (secondIsPlace) return [second, first]
  // Both sides name outlets (`سبق- الخبر:`, الخبر also a city): the shape's order decides.
  if (isKnownOutlet(first) && isKnownOutlet(second)) return order === 'place-first' ? [first, second] : [second, first]
  if (isKnownOutlet(second)) return [first, second]
  if (isKnownOutlet(first)) return [second, first]
  return order === 'place-first' ? [first, second] : [second, first]
}

/** Datelines sit in a paragraph's first characters; only those are folded and matched. */
const DATELINE_SCAN_LENGTH = 120

/** Reads the dateline at the start of `paragraph`; null when it has none. */
export function parseDateline(paragraph: string): Dateline | null {
  // A tatweel standing alone between spaces is a dash (`الدار البيضاء ـ أفاد`); folding would drop
  // it. Replaced in place, so match offsets still index the paragraph.
  const start = paragraph.slice(0, DATELINE_SCAN_LENGTH)
  const scanned = start.includes('ـ')
    ? start
        .replace(/(?<=\s)ـ+(?=\s)/gu, (run) => `–${' '.repeat(run.length - 1)}`)
        // `الأحساءـ نص`: a tatweel glued to a word and then a space is the dateline's dash.
        .replace(/(?<=\p{L}{3})ـ+(?=\s)/gu, (run) => `-${' '.repeat(run.length - 1)}`)
    : start
  const head = foldText(scanned)
  if (!DATELINE_GATE.test(head.folded)) return null
  for (const { pattern, slots } of COMPILED) {
    const match = matchFolded(head, pattern)
    if (!match) continue
    const group = (i: number | undefined) => (i === undefined ? undefined : match.groups[i - 1])
    const rest = paragraph.slice(match.end).trim()
    if (slots.pair) {
      // A shape prose shares needs a known place on one side (`الغد – الأحساء –` puts it second).
      if (
        slots.pair.knownPlace &&
        !isKnownPlace(group(slots.pair.sides[0])) &&
        !isKnownPlace(group(slots.pair.sides[1]))
      )
        continue
      const sides = placeAndOutlet(group(slots.pair.sides[0]), group(slots.pair.sides[1]), slots.pair.order)
      if (!sides) continue
      return { place: sides[0] ?? null, outlet: outletOrNull(sides[1]), date: null, rest }
    }
    const named = group(slots.place)
    if (named !== undefined && !couldBeName(named)) continue
    // `الرأي (إربد):` puts the outlet first: the bracket holds a known place, the other side does
    // not, or names an outlet as well as a place (`الخبر (الجزائر):`).
    const bracket = group(slots.outlet)
    const swapped =
      named !== undefined &&
      isKnownPlace(bracket) &&
      !isOutletShaped(bracket ?? '') &&
      (!isKnownPlace(named) || (isKnownOutlet(named) && !isKnownOutlet(bracket)))
    const place = swapped ? group(slots.outlet) : named
    const dateText = group(slots.date)
    return {
      place: place ?? null,
      outlet: outletOrNull(swapped ? named : bracket),
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

/** A standalone dateline is a few words at most: `الرياض - واس` on its own line above the text. */
const MAX_STANDALONE_WORDS = 6

/**
 * A line that is only a dateline (`الرياض - واس`, `بيروت (رويترز)`), placed above the first
 * paragraph instead of leading it. Without the colon or dash that ends a leading dateline the
 * shape is weaker, so one side must be a known place or outlet.
 */
export function standaloneDateline(line: string): Dateline | null {
  if (line.split(/\s+/u).length > MAX_STANDALONE_WORDS || /[.!؟?،,]$/u.test(line)) return null
  const dateline = parseDateline(`${line.replace(/\s*[:：\-–—]$/u, '')}:`)
  if (!dateline || dateline.rest.length > 0) return null
  return isKnownPlace(dateline.place ?? undefined) || isKnownOutlet(dateline.outlet ?? undefined) ? dateline : null
}
