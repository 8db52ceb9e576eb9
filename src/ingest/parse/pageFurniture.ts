/**
 * Page furniture: everything on an aggregator page that is not reading text — credit lines,
 * outlet disclaimers, author blocks, source lines, keyword lines, app promos, share/ad residue.
 * Each line of a page is classified here, once the noise that can sit anywhere in a line is gone
 * (inlineNoise.ts); the text lines become the body, and some furniture carries a value the article
 * keeps (author, outlet, keywords).
 *
 * Patterns are written in display spelling and matched on normalized text (see foldedText.ts), so
 * `إقرأ أيضاً` and `اقرا ايضا` are one pattern. Latin is lower-case because normalized text is.
 */
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { stripInlineNoise } from './inlineNoise.ts'
import { callToFollow } from './callToFollow.ts'
import { BEAT_DESK, NEWS_SERVICE } from './furnitureOutlet.ts'
import { RIGHTS_HINT, RIGHTS_NAMES, isChromeLine } from './pageChrome.ts'
import { namesMedium, parseDateline } from './parseDateline.ts'
import {
  BYLINE_GRAMMAR,
  MAX_BYLINE_LENGTH,
  NAME_START,
  NAME_WITH_NOTE,
  UNMARKED_NAME_START,
  WRITER_TRADE,
  couldBePersonName,
  personName,
} from './writerNames.ts'

export type FurnitureKind = 'credit' | 'disclaimer' | 'author' | 'source' | 'keywords' | 'promo' | 'noise'

export type LineClass =
  | { readonly kind: 'text'; readonly text: string; readonly promoOutlet: string | null }
  | { readonly kind: FurnitureKind; readonly text: string; readonly value: string | null }

const CREDIT_WORDS =
  'متابعة|متابعات|وكالات|تحرير|ترجمة|رصد|تغطية|إعداد|تقرير|خاص|مونتاج|المحرر|المحرر الإلكتروني|المحرر الالكتروني|قسم الأخبار|القسم\\s+ال\\p{L}+|الديسك'
const SEGMENT_SEP = '\\s*[-–—/|]\\s*'

/** `تحرير الوادي`: a credit word and one to three words of a name, nothing between them. */
const MARKLESS_DESK_CREDIT = /^(?:تحرير|متابعة|إعداد)\s+(\p{L}+(?:\s+\p{L}+){0,2})$/u
const MARKLESS_COMPILED = foldedPattern(MARKLESS_DESK_CREDIT)

/** Whole-line furniture, tried in order. `value`: the group the article keeps (author, outlet, keywords). */
const LINE_FURNITURE: ReadonlyArray<{
  readonly kind: FurnitureKind
  readonly pattern: RegExp
  readonly value?: number
  /**
   * Words (folded) one of which every match holds: a plain search that skips the pattern for the
   * many lines without them. Only for long alternations, which the engine tries at every position.
   */
  readonly requires?: RegExp
  /** Longer lines (folded) cannot match: a byline is short, and most lines are paragraphs. */
  readonly maxLength?: number
}> = [
  { kind: 'author', pattern: /^about (?:the )?(?:post )?author\s*(.*?)\s*(?:see author'?s posts)?$/u, value: 1 },
  { kind: 'noise', pattern: /^see author'?s posts$/u },
  // A byline's grammar rather than its wordings: a mark (`بقلم`, `كتب`, `مقال لـ`) or a title
  // (`د.`, `الكاتب الصحفي`, `المهندس`), then a person's name of two to four words, then perhaps
  // what they do or where they write from (`بقلم: د. سلمى يوسف - عمّان`, `د. سلمى يوسف (كاتبة)`).
  { kind: 'author', pattern: BYLINE_GRAMMAR, value: 1, maxLength: MAX_BYLINE_LENGTH },
  { kind: 'author', pattern: NAME_WITH_NOTE, value: 1, maxLength: MAX_BYLINE_LENGTH, requires: /[(@]/u },
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:(?:مقال|المقال|مقالة)\s+)?(?:بقلم|by)(?:\s*[:：\-–/]?\s*(?:الكاتب|الكاتبة|الصحفي|الصحفية|الأستاذ|الأستاذة|الدكتور|الدكتورة|د\.|أ\.|أ\.د\.))?\s*[:：\-–/]?\s*(${personName(0, 3)})$`,
      'u',
    ),
    value: 1,
  },
  // `الكاتبة الصحفية سلمى يوسف`: the writer with what they do, then the name, alone on the line.
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:الكاتب|الكاتبة)\s+(?:الصحفي|الصحفية|الصحافي|الصحافية|الإعلامي|الإعلامية|الدكتور|الدكتورة|الأستاذ|الأستاذة|والباحث|والباحثة)\s+(${NAME_START}${personName(1, 3)})$`,
      'u',
    ),
    value: 1,
  },
  // A signature: a dash, then a person's name of two to four words (`— سلمى يوسف`).
  {
    kind: 'author',
    pattern: new RegExp(String.raw`^[—–]\s*(${UNMARKED_NAME_START}${personName(1, 3)})$`, 'u'),
    value: 1,
  },
  // `بواسطة` (by) before a person's name of two or three words: `بواسطة سلمى يوسف`.
  {
    kind: 'author',
    pattern: new RegExp(String.raw`^بواسطة\s*[:：\-–/]?\s*(${NAME_START}${personName(1, 2)})$`, 'u'),
    value: 1,
  },
  // `كتب` needs its separator: `كتب الوزير رسالة` is a sentence, `كتب: فلان` is a byline. `إعداد`
  // (prepared by), `متابعة:` (followed up by; `متابعة – الوادي` is the desk's credit), `تقرير`
  // (report by) and `حوار` name the writer too, unless they name a desk (`إعداد: قسم الأخبار`) or an
  // outlet (`متابعة: الوادي`, see below).
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:كتب|كتبت|كتبه|الكاتب|الكاتبة|بواسطة|إعداد|اعداد|متابعة(?=\s*[:：])|تقرير|حوار|تحقيق)\s*[:：\-–/]\s*(?!(?:فريق|قسم|أسرة|اسرة|هيئة|مكتب|المحرر|التحرير)(?!\p{L}))(${personName(0, 3)})$`,
      'u',
    ),
    value: 1,
  },
  // `رصد وتحرير: سلمى يوسف`, `إعداد وتقديم – سلمى يوسف`: two credits joined name the one who did both.
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:رصد|إعداد|اعداد|متابعة|تقرير|تحرير|ترجمة|كتابة)\s+و(?:تحرير|إعداد|اعداد|متابعة|تقديم|ترجمة|رصد|تصوير|كتابة|تدقيق)\s*[:：\-–/]\s*(?!(?:فريق|قسم|أسرة|اسرة|هيئة|مكتب|وحدة|المحرر|التحرير)(?!\p{L}))(${personName(0, 3)})$`,
      'u',
    ),
    value: 1,
  },
  // A pen or a writing hand before a name of two to four words: `✍️ سلمى يوسف`, `🖊 سلمى يوسف`, `✍🏻 سلمى يوسف`.
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:✍|🖊|🖋|✒|📝)[\uFE0F\u{1F3FB}-\u{1F3FF}]*\s*[:：\-–]?\s*(${NAME_START}${personName(1, 3)})$`,
      'u',
    ),
    value: 1,
  },
  {
    kind: 'source',
    pattern: /^\(?(?:المصدر|مصدر الخبر|المصادر|source)(?:\s+(?:الأصلي|الرئيسي|الأساسي))?\s*[:：\-–|]\s*(.+?)\)?$/u,
    value: 1,
  },
  // `بالتعاون مع الوادي`: the article is the partner outlet's too.
  { kind: 'source', pattern: /^(?:بالتعاون مع|بالشراكة مع)\s+(\p{L}+(?:\s+\p{L}+){0,2})$/u, value: 1 },
  // `نُشر أولاً في الوادي`, `عن موقع الوادي`: where the article first ran.
  {
    kind: 'source',
    pattern:
      /^(?:(?:(?:هذا\s+|هذه\s+)?(?:الخبر|المقال|المقالة|التقرير|المادة|النص)\s+(?:نشر|نشرت|منشور|منشورة)(?:\s+(?:أولا|اولا|لأول مرة|للمرة الأولى|أصلا|اصلا))?)|(?:نشر|نشرت|منشور|منشورة|نشر هذا المقال|نشرت هذه المادة)\s+(?:أولا|اولا|لأول مرة|للمرة الأولى|أصلا|اصلا))\s+(?:في|على|ب)\s*(?:(?:موقع|صحيفة|جريدة|مجلة)\s+)?(\p{L}+(?:\s+\p{L}+){0,3})$/u,
    value: 1,
  },
  { kind: 'source', pattern: /^عن\s+(?:موقع|صحيفة|جريدة|مجلة|وكالة)\s+(\p{L}+(?:\s+\p{L}+){0,2})$/u, value: 1 },
  // `عن الوادي بتصرف`: adapted from the outlet's article.
  {
    kind: 'source',
    pattern: /^(?:نقلا\s+)?عن\s+(?:(?:موقع|صحيفة|جريدة|مجلة|وكالة)\s+)?(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:بتصرف|بتصرّف)$/u,
    value: 1,
  },
  {
    kind: 'source',
    pattern:
      /^\*?\s*(?:نقلا عن|نقلاً عن|نقلا من|منقول عن|منقول من)\s*[:：]?\s*(?:(?:موقع|صحيفة|جريدة|مجلة|وكالة)\s+)?(\p{L}+(?:\s+\p{L}+){0,3})$/u,
    value: 1,
  },
  // An author's box: `عن الكاتب: سلمى يوسف`, `سلمى يوسف — كاتب وصحفي`.
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:عن الكاتب|عن الكاتبة|عن المؤلف|نبذة عن الكاتب|about the author)\s*[:：\-–]?\s*(${personName(0, 3, true)})(?:\s*[،,\-–—|]\s*[^.]{0,80})?$`,
      'u',
    ),
    value: 1,
  },
  {
    kind: 'author',
    requires: /كاتب|صحفي|صحافي|محلل|باحث|مراسل|محرر|اعلامي|خبير/u,
    pattern: new RegExp(
      String.raw`^(${NAME_START}${personName(1, 3)})\s*[-–—|،,]\s*${WRITER_TRADE}(?:\s+(?:و)?\p{L}+){0,5}$`,
      'u',
    ),
    value: 1,
  },
  // `* سلمى يوسف كاتبة وصحفية`: a footnote star marks the writer's note; the role needs no separator.
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^\*\s*(${UNMARKED_NAME_START}(?!كاتب|صحفي|باحث|محلل)${personName(1, 3, true)})\s*[-–—|،,]?\s*(?<!\p{L})(?:${WRITER_TRADE}|أستاذ|أستاذة)(?:\s+(?:و)?\p{L}+){0,4}$`,
      'u',
    ),
    value: 1,
  },
  // `الكاتب سلمى يوسف صحفية ومحللة سياسية`: the box names the writer, then what they do.
  {
    kind: 'author',
    pattern: new RegExp(
      String.raw`^(?:الكاتب|الكاتبة)\s+(${NAME_START}${personName(1, 3, true)})\s+(?:${WRITER_TRADE}|أستاذ|أستاذة)(?:\s+(?:و)?\p{L}+){0,4}$`,
      'u',
    ),
    value: 1,
  },
  { kind: 'source', pattern: /^رابط الخبر\s*(?:ب|في\s+)?(?:صحيفة|موقع|جريدة)?\s*(.*)$/u, value: 1 },
  {
    kind: 'keywords',
    pattern:
      /^(?:(?:ال)?كلمات\s+(?:ال)?\p{L}+|الوسوم|وسوم|الكلمات|المواضيع|مواضيع|الموضوعات|موضوعات|هاشتاغ|هاشتاج|هاشتاق|الهاشتاغ|تاغ|تاغات|التاغات|تاجات|التاجات|الأوسمة|(?:ال)?موسوم\s+ب|tags|keywords|hashtags)(?:\s+ال\p{L}+)?\s*[:：]\s*(.*)$/u,
    value: 1,
  },
  // `الكلمات المفتاحية بيشة السيول`: the two-word header is mark enough.
  {
    kind: 'keywords',
    pattern: /^(?:ال)?كلمات\s+(?:ال)?(?:مفتاحية|دالة)\s*[-–—]?\s+(.+)$/u,
    value: 1,
  },
  // A tag header marked with a hash instead of a colon: `#وسوم القبول الجامعات`.
  { kind: 'keywords', pattern: /^#\s*(?:وسوم|الوسوم|تاغات|هاشتاغ|tags)\s+(.+)$/u, value: 1 },
  // A tag trailer: `#جامعة_الملك_سعود #القبول`.
  { kind: 'keywords', pattern: /^((?:#[\p{L}\p{N}_]+[\s،,]*)+)$/u, value: 1 },
  // النص الذي يتضمن اسم الكاتب … لا يعبّر بالضرورة عن وجهة نظر …
  {
    kind: 'disclaimer',
    requires: /بالضروره|راي|اراء|وجه|مسؤول|مسئول|اصحاب|كتاب|كاتب|تحريري|تلزم|يلزم/u,
    // A disclaimer is a line of its own, not an opinion piece that says «لا يعبر بالضرورة» somewhere.
    pattern:
      /^(?=.{0,320}$).*?(?:لا\s*[يت]عبر|لا\s*[يت]عكس|لا\s*[يت]مثل|ليس(?:ت)?)[^.]{0,60}بالضرورة|(?:رأي|آراء|وجهة نظر|وجهات نظر)\s+(?:كاتبها|كاتبيها|كتابها|أصحابها|صاحبها|كاتبه|الكاتب|الكتاب|المؤلف)[^.]{0,40}(?:لا|ليس|غير|وليس|ولا)\s|(?:مسؤولية|مسئولية)\s+(?:كاتبها|كاتبيها|كتابها|أصحابها|صاحبها|كاتبه|الكاتب|المصدر|الناشر)(?!\p{L})|[يت]عبر\s+عن\s+(?:رأي|آراء|وجهة نظر)\s+(?:كاتبها|كاتبيها|كتابها|أصحابها|صاحبها|كاتبه)|لا\s*[يت]عبر\s+عن\s+(?:رأي|سياسة|وجهة نظر)\s+(?:الموقع|الصحيفة|الجريدة|التحرير)|(?:ليست|ليس|غير)\s+(?:مسؤولة|مسؤول|مسئولة|مسئول)\s+عن\s+(?:(?:آراء|رأي|محتوى|مضمون)\s+(?:\p{L}+\s+)?(?:الكتاب|الكتّاب|الكاتب|كتابها|المقالات|مقالات|التعليقات|الرأي)|(?:المحتوى|المضمون|المواد|ما ينشر)(?:\s+المنشور|\s+المنشورة)?)|(?:الآراء|آراء|المقالات|المواد)\s[^.]{0,40}(?:تخص|تلزم|تمثل|تعكس|تعود\s+إلى|تعود\s+ل|تعبر\s+عن\s+(?:آراء\s+)?)\s*(?:(?:آراء|رأي)\s+)?(?:أصحابها|كتابها|كاتبيها|كاتبها)|^(?:إخلاء|اخلاء)\s+(?:ال)?(?:مسؤولية|مسئولية)\s*[:：]|(?:الآراء|آراء|المقالات|المقال|ما ينشر)\s[^.]{0,40}لا\s+[تي]لزم\s+\p{L}|^لا\s+[تي]تحمل\s+[^.]{0,40}(?:مسؤولية|مسئولية)|(?:تخلي|يخلي|تخلى|يخلى)\s+(?:\p{L}+\s+)?(?:مسؤوليتها|مسؤوليته|مسئوليتها|مسئوليته)|(?:[يت]مثل|[يت]عكس)\s+(?:رأي|آراء|وجهة نظر)\s+(?:كاتبها|كاتبيها|كتابها|أصحابها|صاحبها|صاحبه|كاتبه)[\s.]*$|لا\s*[يت](?:عبر|مثل|عكس)\s+عن\s+(?:سياسة|توجهات|خط)\s+[^.]{0,40}(?:التحريرية|التحريري)/u,
  },
  // المسلة – متابعة – وكالات · (وكالات) · رصد – المحرر
  {
    kind: 'credit',
    pattern: new RegExp(
      `^\\(?(?:\\(?[^.!?؟:()]{1,40}\\)?${SEGMENT_SEP})?(?:${CREDIT_WORDS})(?:${SEGMENT_SEP}[^.!?؟:()]{1,40}){0,3}\\)?$`,
      'u',
    ),
  },
  {
    kind: 'noise',
    pattern:
      /^(?:إعلان|إعلانات|advertisements?|sponsored|report this ad|شارك|شارك الخبر|مشاركة|طباعة|أضف تعليق|التعليقات|تعليقات|share this|like this|like loading|loading|continue reading|read more|previous post|next post|leave a reply|cancel reply)\s*[:.…]*$/u,
  },
  // Share bars and counters of WordPress-like pages: `Post Views: 120`, `Click to share on Twitter (Opens in new window)`.
  {
    kind: 'noise',
    pattern: /^(?:post views|views|عدد المشاهدات|المشاهدات)\s*[:：]?\s*\d+$|^click to (?:share|print|email)/u,
  },
  // A comment form's fields: `الاسم (مطلوب)`, `البريد (لن يتم نشره)`, `البريد الإلكتروني *`.
  {
    kind: 'noise',
    pattern:
      /^(?:الاسم|اسمك|البريد|البريد الإلكتروني|البريد الالكتروني|بريدك|الموقع|الموقع الإلكتروني|التعليق|تعليقك)\s*(?:\*|\(\s*(?:مطلوب|اختياري|إلزامي|لن يتم نشره|لن ينشر|لن يُنشر)\s*\))$/u,
  },
  // An empty comment thread: `لا توجد تعليقات بعد`, `كن أول من يعلق`.
  {
    kind: 'noise',
    pattern:
      /^(?:لا توجد تعليقات|لا يوجد تعليقات|لا تعليقات|كن أول من يعلق|كن أول من يعلّق|no comments yet|be the first to comment)(?:\s+\p{L}+){0,2}\s*[.!]?$/u,
  },
  { kind: 'noise', pattern: /^\d+\s*(?:مشاهدة|مشاهدات|تعليق|تعليقات|قراءة)$/u },
  {
    kind: 'noise',
    pattern:
      /^(?:تابعونا|تابعوا|تابعنا|انضم|اشترك|للاشتراك|للتواصل|أرسل|ارسل)(?!\p{L}).{0,80}(?:فيسبوك|تويتر|تلغرام|تيليجرام|واتساب|واتس|يوتيوب|إنستغرام|sms|رسالة|\d{4,})/u,
  },
  {
    kind: 'noise',
    pattern: /^\(?(?:صورة|الصورة|صور|تصوير|أرشيفية|صورة أرشيفية|photo|getty images?)(?!\p{L})[^.]{0,80}$/u,
  },
  // A photo from the archive, said in a few words: `من الأرشيف`, `الصورة: أرشيف`.
  { kind: 'noise', pattern: /^(?=.{0,40}$)\(?(?:\p{L}+\s*[:：]?\s*){0,2}(?:أرشيف|الأرشيف|أرشيفية)\)?$/u },
  // Where a photo came from, said alone: `من المصدر`, `(الصورة من مواقع التواصل)`.
  {
    kind: 'noise',
    pattern:
      /^\(?(?:الصورة\s+|صورة\s+)?(?:من|عن)\s+(?:المصدر|الأرشيف|الإنترنت|الانترنت|الشبكة|مواقع التواصل(?:\s+الاجتماعي)?)\)?$/u,
  },
  // A photo credit in other words: `مصدر الصورة: وكالات`, `حقوق الصورة - رويترز`.
  { kind: 'noise', pattern: /^(?=.{0,80}$)\(?(?:\p{L}+\s+){1,2}(?:الصورة|الصور)\s*[:：\-–]/u },
  { kind: 'noise', pattern: /^(?:https?:\/\/|www\.)\S+$/u },
  // SMS and contact footers: a short line that asks for a message to a number, or gives an address to write to.
  {
    kind: 'noise',
    pattern:
      /^(?=.{0,160}$)(?=.*(?:أرسل|ارسل|sms|رسالة|واتساب|whatsapp)).*(?:رقم|sms|واتساب|whatsapp)\s*[:：]?\s*\+?\d[\d -]{3,}/u,
  },
  { kind: 'noise', pattern: /^(?=.{0,160}$).*[\w.+-]+@[\w-]+\.[\w.]+/u },
  {
    kind: 'noise',
    pattern:
      /^(?:للتواصل|للاستفسار|للإعلان|للاعلان|لمراسلتنا|راسلونا|اتصل بنا|تواصل معنا|البريد الإلكتروني|هاتف|الهاتف|فاكس)(?!\p{L}).{0,120}$/u,
  },
  // A share bar: only network names and separators.
  {
    kind: 'noise',
    pattern:
      /^(?:(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|email|print|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|واتس آب|تلغرام|تيليجرام|تلجرام|انستغرام|إنستغرام|يوتيوب|طباعة|مشاركة)[\s|,،•·-]*)+$|^(?:x[\s|,،•·-]*){2,}$/u,
  },
  {
    kind: 'noise',
    requires: RIGHTS_HINT,
    pattern: new RegExp(
      `^.{0,80}(?:${RIGHTS_NAMES}\\s+محفوظة|all rights reserved|©).{0,80}$|^${RIGHTS_NAMES}\\s*[:：]\\s*\\p{L}.{0,60}$`,
      'u',
    ),
  },
  // `قسم التحرير في الوادي`, `فريق الأخبار – الوادي`: the desk signs for its outlet.
  {
    kind: 'credit',
    pattern:
      /^(?:قسم|فريق|أسرة|اسرة|هيئة|وحدة|مكتب|غرفة)\s+(?:التحرير|تحرير|ال\p{L}+(?:\s+ال\p{L}+)?)\s*(?:في|لدى|ب|[-–—|])\s*(\p{L}+(?:\s+\p{L}+){0,2})$/u,
    value: 1,
  },
  // `محرر الوادي الاقتصادي`, `مراسل الوادي الرياضي`: the outlet's desk for a beat signs the article.
  { kind: 'credit', pattern: BEAT_DESK, value: 1 },
  // `خدمة الوادي الإخبارية`: the outlet's news service signs the article.
  { kind: 'credit', pattern: NEWS_SERVICE, value: 1 },
  // `تحرير الوادي`, `متابعة عين اليوم`, `إعداد سارة محمود`: the desk's credit with no mark.
  { kind: 'credit', pattern: MARKLESS_DESK_CREDIT, value: 1 },
  // `تحرير: سارة محمود`: the desk's credit, after the text.
  {
    kind: 'credit',
    pattern:
      /^(?:تحرير|إعداد|متابعة|ترجمة|تغطية|مراجعة|تدقيق|تصوير|المحرر|المحررة|محرر|المحرّر)\s*[:：/]\s*\p{L}+(?:\s+\p{L}+){0,5}(?:\s*[-–—]\s*\p{L}+(?:\s+\p{L}+){0,2})?$/u,
  },
  // Page chrome: breadcrumbs (`الرئيسية » أخبار » محلية`, `الصفحة الرئيسية - دوليات`) and text-size buttons.
  {
    kind: 'noise',
    pattern:
      /^(?:(?:أنت هنا|انت هنا|you are here)\s*[:：]?\s*)?(?:الرئيسية|الصفحة الرئيسية|الصفحة الأولى|home)\s*[»›>/|←]|^(?:الرئيسية|الصفحة الرئيسية|الصفحة الأولى|home)\s*[-–—]\s*\p{L}(?=.{0,50}$)|^(?:a\+\s*a-|a-\s*a\+|حجم الخط|تكبير الخط|تصغير الخط)$/u,
  },
  // `(أ ف ب)`, `(رويترز)`: an agency credit alone on its line (after the photo-caption rule, so `(صورة)` stays noise).
  { kind: 'credit', pattern: /^\(\s*\p{L}+(?:\s+\p{L}+){0,2}\s*\)$/u },
  // `الوادي (خاص)`: the outlet's own report.
  { kind: 'credit', pattern: /^\p{L}+(?:\s+\p{L}+){0,2}\s*\(\s*(?:خاص|حصري|حصريا)\s*\)$/u },
]

/** A markless desk credit reads like a headline (`تحرير الفلوجة`): sectionLines.ts keeps it text at a section's top. */
export function isMarklessDeskCredit(line: string): boolean {
  return matchFolded(foldText(line), MARKLESS_COMPILED) !== null
}

/** Longer than this, a line is text or whole-line furniture of its own kind, never a call to follow or chrome. */
const MAX_SHORT_LINE_LENGTH = 240
/** Words a stripped promo may leave on its line (`إضغط هنا`) and still be a promo line. */
const MAX_PROMO_LEFTOVER_WORDS = 3

const LINE_COMPILED = LINE_FURNITURE.map((f) => ({ ...f, pattern: foldedPattern(f.pattern) }))

/**
 * A page's lines are classified more than once (the read-also split reads their shapes, then each
 * section its lines), and the classification is a pure function of the line: a page's answers are
 * kept while it is parsed (parsePage forgets them when the next page starts). Bounded: cleared when full.
 */
const classified = new Map<string, LineClass>()
const CLASSIFIED_LIMIT = 4096

/** Forgets the last page's line classes (each page is parsed from a cold start: its cost is its own). */
export function forgetClassifiedLines(): void {
  classified.clear()
}

export function classifyLine(line: string): LineClass {
  let known = classified.get(line)
  if (known === undefined) {
    if (classified.size >= CLASSIFIED_LIMIT) classified.clear()
    known = classifyUncached(line)
    classified.set(line, known)
  }
  return known
}

function classifyUncached(line: string): LineClass {
  const { text, folded, app } = stripInlineNoise(line)
  // What a promo leaves of its line (`إضغط هنا`) is part of the promo.
  const leftover = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  if (leftover === 0 || (app && leftover <= MAX_PROMO_LEFTOVER_WORDS && !/[.!؟?]["”»']?$/u.test(text)))
    return { kind: app ? 'promo' : 'noise', text: line, value: app }
  // A call to follow or download, in any outlet's words; the outlet it names is kept.
  // Calls to follow and page chrome are short lines: a paragraph skips both checks.
  if (text.length <= MAX_SHORT_LINE_LENGTH) {
    const call = callToFollow(text)
    if (call) return { kind: 'promo', text, value: call.outlet ?? app }
    if (isChromeLine(text)) return { kind: 'noise', text, value: null }
  }
  for (const furniture of LINE_COMPILED) {
    if (furniture.maxLength !== undefined && folded.folded.length > furniture.maxLength) continue
    if (furniture.requires && !furniture.requires.test(folded.folded)) continue
    const match = matchFolded(folded, furniture.pattern)
    if (!match) continue
    // A paragraph that opens with a dateline is the article's lead, whatever words it holds.
    if (furniture.kind === 'disclaimer' && parseDateline(text) !== null) continue
    const value = furniture.value === undefined ? null : match.groups[furniture.value - 1] || null
    // `د. سلمى يوسف قالت إن`: a sentence about a person, not a byline.
    if (furniture.kind === 'author' && value !== null && !couldBePersonName(value)) continue
    // `متابعة: الوادي`, `إعداد: السومرية نيوز`: an outlet's desk credits the article, no writer.
    if (furniture.kind === 'author' && value !== null && namesOutletNotPerson(value))
      return { kind: 'credit', text, value: null }
    return { kind: furniture.kind, text, value }
  }
  return { kind: 'text', text, promoOutlet: app }
}

/** A one-word name with the article (`الوادي`) or a name that says it is a medium is an outlet, not a writer. */
function namesOutletNotPerson(name: string): boolean {
  return /^ال\p{L}+$/u.test(name) || namesMedium(name)
}
