/**
 * The shapes of a writer's line: a byline's grammar (a mark or a title, a person's name, then
 * perhaps a trade, a place, a handle or an address) and where a person's name may start. Used by
 * pageFurniture.ts's author rows; written in display spelling, matched on folded text.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { CLAUSE_WORDS, SPEECH_VERBS } from './datelineWords.ts'

const SPEECH_VERB_SET = new Set(SPEECH_VERBS.map((w) => normalize(w)))
const CLAUSE_WORD_SET = new Set(CLAUSE_WORDS.map((w) => normalize(w)))
const ALI = normalize('علي')

/** A byline's name: no clause words and no speech verbs (`سلمى يوسف قالت إن`), but `علي` is a name, not `على`. */
export function couldBePersonName(name: string): boolean {
  return !normalize(name)
    .split(/\s+/u)
    .some((w) => SPEECH_VERB_SET.has(w) || (CLAUSE_WORD_SET.has(w) && w !== ALI))
}

/**
 * A person's name: two to four name words, each perhaps after a connector that does not count
 * (`عبدالله بن محمد بن سعود آل سعود`, `محمد عبد الرحمن عبد الله الشمري`, `أحمد ولد محمد`).
 * `min`/`max` count the words after the first; `lazy` lets a trade or a place follow.
 */
const NAME_CONNECTOR = '(?:بن|ابن|بنت|آل|أبو|ابو|أبي|أم|عبد|ولد)'
export function personName(min: number, max: number, lazy = false): string {
  return `\\p{L}+(?:\\s+(?:${NAME_CONNECTOR}\\s+)?\\p{L}+){${min},${max}}${lazy ? '?' : ''}`
}

/** Titles and trades a writer's name may carry: `د.`, `الكاتب الصحفي`, `أ.د.`, `المحلل السياسي`. */
const PERSON_TITLE =
  '(?:(?:و)?(?:الكاتب|الكاتبة|الصحفي|الصحفية|الصحافي|الصحافية|الإعلامي|الإعلامية|الأستاذ|الأستاذة|الدكتور|الدكتورة|المهندس|المهندسة|الباحث|الباحثة|المحلل|المحللة|الخبير|الخبيرة|الأكاديمي|الأكاديمية|الروائي|الروائية|الشاعر|الشاعرة|الناشط|الناشطة|المحامي|المحامية|الشيخ|السفير|اللواء|العميد|السياسي|السياسية|الاقتصادي|الاقتصادية)(?!\\p{L})|أ\\.\\s*د\\.|د\\.|أ\\.|م\\.)'
/**
 * Where a person's name may start. A name may open with the article (`الطاهر بن علي`, `الهادي
 * نويرة`), never with `بن` or `ولد`, and a title is not a name. Without a mark before it, a name
 * made only of words with the article (`الوادي الجديد`) is more likely an outlet or a place.
 */
export const NAME_START = `(?<!\\p{L})(?!(?:بن|ابن|ولد|بنت)\\s)(?!${PERSON_TITLE}\\s)`
// Each word is whole (`ال\\p{L}+(?!\\p{L})`): a word split two ways would be tried both ways on every line.
export const UNMARKED_NAME_START = `${NAME_START}(?!ال\\p{L}+(?!\\p{L})(?:\\s+ال\\p{L}+(?!\\p{L}))*\\s*(?:$|[^\\p{L}\\s]))`

/** Marks that open a byline on their own: `بقلم`, `مقال لـ`, `للكاتب`. */
const BYLINE_MARK =
  '(?:(?:(?:مقال|مقالة|مقال رأي)\\s+)?(?:بقلم|بواسطة|by|written by|لل(?:كاتب|كاتبة|صحفي|صحفية|دكتور|دكتورة|أستاذ|أستاذة|باحث|باحثة|إعلامي|إعلامية)(?!\\p{L}))|(?:مقال|مقالة|مقال رأي)\\s+لـ?)'
/** Marks that need their separator: `كتب الوزير رسالة` is a sentence, `كتب: فلان` a byline. */
const BYLINE_MARK_WITH_SEPARATOR =
  '(?:(?:(?:مقال|مقالة|مقال رأي)\\s+)?(?:كتب|كتبت|كتبه|كتبته|إعداد|اعداد|تقرير|حوار|تحقيق)|(?:كاتب|كاتبة|صاحب|صاحبة)\\s+(?:المقال|المقالة)|رأي|وجهة نظر)'
/** A desk, not a person: `إعداد: قسم الأخبار`, `تقرير: فريق التحرير`. */
const NOT_PERSON = '(?!(?:فريق|قسم|أسرة|اسرة|هيئة|مكتب|وحدة|غرفة|المحرر|التحرير)(?!\\p{L}))'
const SEP = '\\s*[:：\\-–/]'
/** After a mark, any word with the article is a title (`بقلم الأديب فلان`): a name does not take one. */
const TITLE_AFTER_MARK = `(?:${PERSON_TITLE}|(?:و)?ال\\p{L}+(?!\\p{L}))`
const TITLES = (count: string, title = PERSON_TITLE) => `(?:${title}(?:${SEP})?\\s*)${count}`
/** What may follow the name: a trade or a place after a mark, a trade in brackets, a handle or an address. */
const BYLINE_TRAILER = `(?:\\s*(?:[،,\\-–—|]\\s*[^.!؟?:]{1,60}|\\([^.!؟?:()]{1,60}\\))|\\s*[-–—|]?\\s*(?:@[a-z0-9_]{2,}|[\\w.+-]+@[\\w-]+\\.[\\w.]+))?`
/** A byline is a short line: the grammar is tried only on lines this long or shorter. */
export const MAX_BYLINE_LENGTH = 90
export const BYLINE_GRAMMAR = new RegExp(
  `^(?=.{0,${MAX_BYLINE_LENGTH}}$)(?:${BYLINE_MARK}(?:${SEP})?\\s*${TITLES('{0,3}', TITLE_AFTER_MARK)}|${BYLINE_MARK_WITH_SEPARATOR}\\s*${TITLES('{0,2}', TITLE_AFTER_MARK)}${SEP}\\s*${TITLES('{0,2}', TITLE_AFTER_MARK)}|${TITLES('{1,3}')})${NOT_PERSON}${NAME_START}(${personName(1, 3, true)})${BYLINE_TRAILER}$`,
  'u',
)
/** What a writer does, as a writer's note says it after the name (`كاتبة صحفية`, `باحث في …`). */
export const WRITER_TRADE =
  '(?:كاتب|كاتبة|صحفي|صحفية|صحافي|صحافية|محلل|محللة|باحث|باحثة|مراسل|مراسلة|محرر|محررة|إعلامي|إعلامية|خبير|خبيرة)'
/** The trades a name-with-note line names: a writer's, a teacher's, an academic's. */
const TRADE = `(?:${WRITER_TRADE}|أستاذ|أستاذة|أكاديمي|أكاديمية)`
/** A name alone with what the writer does in brackets, or with their handle: `سلمى يوسف (كاتبة سعودية)`, `سلمى يوسف @salma`. */
export const NAME_WITH_NOTE = new RegExp(
  `^(?=.{0,${MAX_BYLINE_LENGTH}}$)${UNMARKED_NAME_START}(${personName(1, 3, true)})\\s*(?:\\(\\s*${TRADE}(?!\\p{L})[^.!؟?:()]{0,50}\\)|[-–—|]?\\s*@[a-z0-9_]{2,})$`,
  'u',
)
