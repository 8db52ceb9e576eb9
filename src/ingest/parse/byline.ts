/**
 * A byline line: who wrote the article, for which outlet, from where — `لجين الأحمدي – عين اليوم`,
 * `عين اليوم – مكة المكرمة`, `مرصد مينا – لبنان`, `داليا أبوالعيش – عين اليوم`. Two or three short
 * name segments joined by a dash or a slash, nothing else on the line. Which segment is the person,
 * the outlet and the place is read from each segment's shape: a known place is a place; a segment
 * with a media word (`نيوز`, `صحيفة`, `مرصد`, `اليوم`…) or a known outlet is the outlet; a name of
 * two or more words not opening with `ال` is a person. The lists help; the shape decides.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { KNOWN_OUTLETS, DATELINE_PLACES, NOT_OUTLETS } from './datelineWords.ts'

export interface Byline {
  readonly author: string | null
  readonly outlet: string | null
  readonly place: string | null
  /** A desk credit segment (`متابعات`, `وكالات`), kept as the article's credit. */
  readonly credit: string | null
}

/** Words that make a name an outlet's (normalized). */
const MEDIA_WORDS = new Set(
  [
    'نيوز',
    'news',
    'صحيفة',
    'جريدة',
    'موقع',
    'وكالة',
    'قناة',
    'شبكة',
    'بوابة',
    'مرصد',
    'اليوم',
    'الأنباء',
    'أخبار',
    'اخبار',
    'الإخبارية',
    'الاخباري',
    'تلفزيون',
    'إذاعة',
    'راديو',
    'مجلة',
    'برس',
    'بوست',
    'تايمز',
    'العربية',
    'نت',
    'أونلاين',
    'الإلكترونية',
    'tv',
    'fm',
    'أف',
    'اف',
    'إف',
    'إم',
    'ام',
  ].map(normalize),
)
const PLACES = new Set(DATELINE_PLACES.map(normalize))
const OUTLETS = new Set(KNOWN_OUTLETS.map(normalize))
const CREDITS = new Set(NOT_OUTLETS.map(normalize))
/** Words no name segment holds: a line with them is a sentence or a headline, not a byline. */
const NOT_NAME_WORDS = new Set(
  [
    'في',
    'من',
    'إلى',
    'عن',
    'مع',
    'بعد',
    'قبل',
    'أن',
    'إن',
    'لا',
    'لم',
    'لن',
    'ما',
    'هذا',
    'هذه',
    'التي',
    'الذي',
    'خلال',
    'حول',
    'بين',
    'و',
    'يا',
    'أمس',
    'غدا',
    'كيف',
    'لماذا',
    'هل',
  ].map(normalize),
)

const SEPARATOR = /\s*(?:[–—ـ|]|\s-\s|-(?=\s)|(?<=\s)-|\/)\s*/u
const MAX_SEGMENT_WORDS = 3
const MAX_LINE_WORDS = 12
const NAME_CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'آل', 'أبو', 'ولد'].map(normalize))

const ON = /(?<!\p{L})على(?!\p{L})/u

type SegmentKind = 'place' | 'outlet' | 'person' | 'credit' | 'name'

function segmentKind(segment: string): SegmentKind | null {
  const words = normalize(segment).split(/\s+/u).filter(Boolean)
  // `عبدالله بن محمد آل الشيخ`: connectors in a person's name do not count towards its length.
  const counted = words.filter((w) => !NAME_CONNECTORS.has(w)).length
  if (words.length === 0 || counted > MAX_SEGMENT_WORDS) return null
  // `على` (on) is a sentence's word, but normalized it is `علي`, a name: tested as written.
  if (!/^[\p{L}\p{M}\s.]+$/u.test(segment) || words.some((w) => NOT_NAME_WORDS.has(w)) || ON.test(segment)) return null
  const joined = words.join(' ')
  if (CREDITS.has(joined)) return 'credit'
  if (PLACES.has(joined)) return 'place'
  // `عين الخليج` holds the outlet name `الخليج`: an outlet, not a person.
  if (OUTLETS.has(joined) || words.some((w) => MEDIA_WORDS.has(w) || OUTLETS.has(w))) return 'outlet'
  if (words.length >= 2 && !words[0]?.startsWith('ال')) return 'person'
  return 'name'
}

/** Reads a line as a byline; null when it is anything else. */
export function readByline(line: string): Byline | null {
  const text = line.replace(/^[\s(«"“]+|[\s)»"”:]+$/gu, '')
  if (text.split(/\s+/u).length > MAX_LINE_WORDS) return null
  const segments = text
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean)
  if (segments.length < 2 || segments.length > 3) return null
  const kinds = segments.map(segmentKind)
  if (kinds.some((k) => k === null)) return null
  const first = (kind: SegmentKind) => segments[kinds.indexOf(kind)] ?? null
  // Two person-shaped names: the writer, then the outlet they write for (`سلمى الراشد – عين المدينة`).
  if (segments.length === 2 && kinds[0] === 'person' && kinds[1] === 'person') kinds[1] = 'outlet'
  // Beside an outlet or a place, a name that opens with the article but is not all such words is
  // the writer (`الوئام – الهادي نويرة`), as a name that does not open with it already is;
  // `الوئام – المدينة المنورة` is where they filed from.
  if (segments.length === 2 && (kinds.includes('outlet') || kinds.includes('place'))) {
    const words = normalize(segments[kinds.indexOf('name')] ?? '').split(/\s+/u)
    if (words.length >= 2 && words.some((w) => !w.startsWith('ال'))) kinds[kinds.indexOf('name')] = 'person'
  }
  const people = kinds.filter((k) => k === 'person').length
  const outlets = kinds.filter((k) => k === 'outlet').length
  // Two outlets is a headline (`الهلال - النصر`), not a byline.
  if (people > 1 || outlets > 1) return null
  // A bare name is read from its neighbour: beside a place it is the outlet (`الوئام – الرياض`),
  // beside a person or an outlet it is where they filed from (`أحمد البشيري – الباحة`). Two bare
  // names (`السعودية - إيران`) say nothing about who wrote: a headline.
  const names = kinds.filter((k) => k === 'name').length
  if (names > 1 || (names === 1 && segments.length === 2 && kinds.includes('credit'))) return null
  const nameRole = people === 0 && outlets === 0 ? 'outlet' : 'place'
  const named = first('name')
  const byline: Byline = {
    author: first('person'),
    outlet: first('outlet') ?? (nameRole === 'outlet' ? named : null),
    place:
      [...segments.filter((_, i) => kinds[i] === 'place'), ...(nameRole === 'place' && named ? [named] : [])].join(
        ' / ',
      ) || null,
    credit: first('credit'),
  }
  // A byline says who or for whom: a line of places alone is a dateline list, not a byline.
  return byline.author || byline.outlet ? byline : null
}
