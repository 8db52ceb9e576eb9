/**
 * The chrome of a web page saved as text: what a scraper gets around the article when it keeps
 * the whole page — search help, comment prompts, share and navigation words, list headers
 * (`الأكثر قراءة`), date stamps written with spaced digits, menus. Each is recognised by what it
 * is, for any site; none of it is reading text.
 *
 * Patterns in display spelling, matched on folded text (foldedText.ts).
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { parseDateLine, type DateLine } from './parseDate.ts'

/** Short lines that are the page's controls, whatever the site (each anchored to the whole line). */
const CHROME_LINES: readonly RegExp[] = [
  // Search help.
  /^(?:بحث|البحث|ابحث|ابحث هنا|ابحث في الموقع|بحث متقدم|البحث المتقدم|نتائج البحث|اكتب كلمة البحث|اكتب كلمات البحث|أدخل كلمة البحث|ادخل كلمة البحث|أدخل كلمات البحث|كلمة البحث|كلمات البحث|search|search for|type to search)(?:\s+(?:هنا|ثم اضغط|واضغط|ثم|اضغط|على|زر|enter|إنتر|انتر|بحث|للبحث|في الموقع|\.{3}|…))*\s*[.…:]*$/u,
  // Comment prompts and forms.
  /^(?:أضف تعليق|أضف تعليقك|اضف تعليقا|أضف تعليقاً|اترك تعليقا|اترك تعليقك|اكتب تعليقك|أكتب تعليقك|شاركنا رأيك|ما رأيك|رأيك يهمنا|لا توجد تعليقات|التعليقات مغلقة|كن أول من يعلق|كن أول من يعلق على الخبر|إرسال التعليق|ارسل تعليق|تعليقات القراء|التعليقات|عدد التعليقات|الاسم|الاسم الكامل|البريد الإلكتروني|البريد الالكتروني|التعليق|إرسال|ارسال|أرسل|تسجيل الدخول|تسجيل دخول|تسجيل الخروج|اشترك الآن|اشترك|سجل الآن|leave a comment|post comment|submit|login|sign in)(?:\s+(?:هنا|الآن|على الخبر|على الموضوع|على المقال|\(?مطلوب\)?|\*))*\s*[:*.…]*$/u,
  // Share, print, font and navigation controls.
  /^(?:شارك|شاركها|شارك الخبر|شارك المقال|شارك هذا|شارك هذا الخبر|شارك على|مشاركة|مشاركة الخبر|شارك عبر|انسخ الرابط|نسخ الرابط|تم النسخ|الرابط المختصر|رابط مختصر|طباعة|اطبع|حفظ|أرسل لصديق|ارسل لصديق|أرسل الخبر|تكبير|تصغير|حجم الخط|A|A\+|A-|السابق|التالي|الخبر السابق|الخبر التالي|المقال السابق|المقال التالي|العودة|عودة|رجوع|إغلاق|اغلاق|القائمة|القائمة الرئيسية|الرئيسية|الصفحة الرئيسية|أعلى الصفحة|اذهب للأعلى|تخطى إلى المحتوى|انتقل إلى المحتوى|skip to content|menu|close|next|previous|prev|home|back to top)(?:\s*[|•·:،,]\s*(?:\S+\s*){0,3})*\s*[:.…]*$/u,
  // Counters and stamps with no date: `عدد القراءات 1200`, `قراءة 3 دقائق`.
  /^(?:عدد القراءات|القراءات|عدد المشاهدات|مشاهدات|قراءة|وقت القراءة|مدة القراءة|زمن القراءة|التعليقات|تعليقات|عدد التعليقات|الردود|comments)\s*[:：]?\s*\(?\d*\)?\s*(?:دقائق|دقيقة|دقيقتان|min|minutes)?$/u,
  /^(?:الوسوم|المواضيع|تصنيفات|التصنيف|القسم|الأقسام|اقسام الموقع|أقسام الموقع)\s*[:：]?$/u,
  // Cookie and consent banners.
  /^.{0,120}(?:ملفات تعريف الارتباط|الكوكيز|cookies).{0,120}$/u,
]

/** Headers of lists of other articles: the lines under them are links, not this article's text. */
const LIST_HEADERS: readonly RegExp[] = [
  /^(?:الأكثر قراءة|الأكثر مشاهدة|الأكثر تعليقا|الأكثر تداولا|الأكثر شعبية|الأكثر رواجا|الأكثر انتشارا|الأكثر|آخر الأخبار|أحدث الأخبار|اخر الاخبار|آخر المستجدات|أخبار متعلقة|أخبار مشابهة|أخبار مرتبطة|موضوعات متعلقة|مواضيع متعلقة|مواضيع مشابهة|مقالات مشابهة|مقالات متعلقة|اقرأ المزيد|إقرأ المزيد|المزيد من الأخبار|المزيد من|المزيد|قد يعجبك أيضا|قد يعجبك|قد يهمك أيضا|لا تفوتك|لا يفوتك|ننصحك بقراءة|اخترنا لكم|اخترنا لك|مختارات|عناوين أخرى|أخبار أخرى|من نفس القسم|في نفس القسم|من نفس التصنيف|شاهد أيضا|most read|most popular|latest news|related news|related posts|related articles|you may also like|more news|recommended)(?:\s+\p{L}+){0,2}\s*[:：]?$/u,
]

const CHROME = CHROME_LINES.map(foldedPattern)
const HEADERS = LIST_HEADERS.map(foldedPattern)
/** Chrome lines are short: only the first characters are folded and matched. */
const MAX_CHROME_LENGTH = 240

/** Search help in any words: a short line that tells the reader to type or press, about searching. */
const SEARCH_HELP = foldedPattern(
  /^(?=.{0,100}$)(?=.*(?<!\p{L})(?:البحث|بحث|للبحث|search)(?!\p{L}))(?=.*(?<!\p{L})(?:اكتب|أكتب|أدخل|ادخل|اضغط|إضغط|ابحث|إبحث|type|enter|press)(?!\p{L}))/u,
)

/** A bar of links: three or more short items between `|`, `•` or `·` (`من نحن | اتصل بنا | سياسة الخصوصية`). */
function isLinkBar(line: string): boolean {
  const items = line.split(/\s*[|•·]\s*/u).filter(Boolean)
  if (items.length >= 3 && items.every((item) => item.split(/\s+/u).length <= 4 && !/[.!؟?]$/u.test(item))) return true
  // A menu written with dashes or slashes needs more, shorter items: `الرئيسية - العالم - الخليج - المال`.
  const dashed = line.split(/\s+[-–/›»]\s+/u).filter(Boolean)
  return dashed.length >= 4 && dashed.every((item) => /^\p{L}+(?:\s\p{L}+)?$/u.test(item))
}

/**
 * The words page controls are made of: share, print, copy, search, comment and sign-in buttons,
 * the networks they name, and the small words between them. A short line made only of these,
 * with at least one word that acts (`انشر على فيسبوك`, `اكتب ما تبحث عنه`, `لن يتم نشر عنوان
 * بريدك الإلكتروني`, `عدد التعليقات 5`), is a control of the page in any site's wording.
 */
const CONTROL_ACTIONS = [
  ...['شارك', 'شاركها', 'مشاركة', 'انشر', 'غرد', 'انسخ', 'نسخ', 'اطبع', 'طباعة', 'تكبير', 'تصغير', 'احفظ', 'حفظ'],
  ...['ارسل', 'إرسال', 'ابحث', 'بحث', 'البحث', 'تبحث', 'للبحث', 'اكتب', 'ادخل', 'اضغط', 'علق', 'يعلق', 'اترك'],
  ...['اضف', 'تعليق', 'تعليقا', 'تعليقك', 'التعليق', 'التعليقات', 'تعليقات', 'بريدك', 'الرابط', 'تسجيل', 'اشترك'],
  ...['facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'messenger', 'email'],
  ...['print', 'share', 'tweet', 'copy', 'link', 'search', 'comment', 'comments', 'reply', 'فيسبوك', 'تويتر'],
  ...['واتساب', 'تلغرام', 'تيليجرام', 'تليجرام', 'ماسنجر', 'لينكدان', 'انستغرام', 'انستجرام', 'يوتيوب', 'الخط'],
  ...['لينكد', 'اكس', 'x', 'البريد'],
]
const CONTROL_FILLERS = [
  ...['هذا', 'هذه', 'المقال', 'الخبر', 'الموضوع', 'المنشور', 'التقرير', 'الصفحة', 'على', 'عبر', 'في', 'مع', 'الى'],
  ...['لن', 'يتم', 'ما', 'هنا', 'عنه', 'عنوان', 'الالكتروني', 'البريد', 'متقدم', 'المتقدم', 'الان', 'لصديق', 'كن'],
  ...['اول', 'من', 'نشر', 'عدد', 'حجم', 'رايك', 'شاركنا', 'الاسم', 'مطلوب', 'الحقول', 'المطلوبة', 'او', 'و', 'ثم'],
  ...['ماذا', 'عن', 'الكلمة', 'المفتاحية', 'الكلمات', 'الفيسبوك', 'فيس', 'بوك', 'ان', 'بالبريد', 'بالايميل'],
  ...['نص', 'زر', 'the', 'this', 'on', 'to', 'via', 'your', 'a', 'article', 'post', 'now', 'here'],
]
/** The site's own links in its header and footer: `من نحن`, `سياسة الخصوصية`, `الخصوصية | الشروط`. */
const SITE_LINK_KEYS = [
  ...['الخصوصية', 'شروط', 'الشروط', 'الاستخدام', 'الاحكام', 'اتصل', 'خريطة', 'النشرة', 'البريدية', 'اعلن', 'نحن'],
  ...['الموقع', 'وظائف'],
  ...['privacy', 'terms', 'contact', 'sitemap', 'advertise', 'newsletter', 'rss', 'about'],
]
const SITE_LINK_FILLERS = [
  ...['سياسة', 'من', 'بنا', 'معنا', 'عن', 'الارشيف', 'فريق', 'العمل', 'هيئة', 'التحرير', 'و'],
  ...['policy', 'of', 'use', 'us', 'and', 'the', 'conditions'],
]
const MAX_CONTROL_WORDS = 8

/** A vocabulary of short lines: `keys` must appear, every word must be a key or a filler. */
function lineVocabulary(keys: readonly string[], fillers: readonly string[]): (words: readonly string[]) => boolean {
  const keyWords = new Set(keys.map((w) => normalize(w)))
  const all = new Set([...keyWords, ...fillers.map((w) => normalize(w))])
  return (words) => words.every((w) => all.has(w)) && words.some((w) => keyWords.has(w))
}
const CONTROL_VOCABULARIES = [
  lineVocabulary(CONTROL_ACTIONS, CONTROL_FILLERS),
  lineVocabulary(SITE_LINK_KEYS, SITE_LINK_FILLERS),
]

function isControlLine(line: string): boolean {
  // Text-size buttons: `A+`, `A-`, `A+ A-`.
  if (/^(?:[Aa][+-]?\s*)+$/u.test(line.trim())) return true
  // A control may ask (`ماذا تبحث عن؟`); every word must still be a control's.
  if (line.length > 80 || /[.!]["”»']?$/u.test(line.replace(/\.{2,}$|…$/u, ''))) return false
  const words = normalize(line)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map((w) => w.replace(/^(?:و|ل)(?=ال)/u, ''))
    .filter(Boolean)
  if (words.length === 0 || words.length > MAX_CONTROL_WORDS) return false
  return CONTROL_VOCABULARIES.some((vocabulary) => vocabulary(words))
}

export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false
  if (isLinkBar(line) || isControlLine(line)) return true
  const folded = foldText(line)
  return CHROME.some((pattern) => matchFolded(folded, pattern)) || matchFolded(folded, SEARCH_HELP) !== null
}

/** A header over a list of other articles' headlines (`الأكثر قراءة`, `آخر الأخبار`). */
export function isListHeader(line: string): boolean {
  if (line.length > 60) return false
  const folded = foldText(line)
  return HEADERS.some((pattern) => matchFolded(folded, pattern))
}

/**
 * A date stamp as sites print them, digits spaced out and a zone in brackets, or a machine timestamp:
 * `2017 / 7 / 18 الساعة 09 : 44 ( مكة المكرمة )`, `نشر في 18 - 7 - 2017 | 09:44 ص`. The spaces
 * and the zone are taken away, then the line is read as any date line.
 */
const ISO_TIMESTAMP =
  /^(?:[\p{L}\s]{0,20}[:：]\s*)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/u

export function readDateStamp(line: string): DateLine | null {
  if (line.length > 160 || !/\d/u.test(line)) return null
  // A machine timestamp as a page prints it: `2017-04-02T12:29:00+01:00`.
  const iso = ISO_TIMESTAMP.exec(line.trim())?.[1]
  if (iso) return parseDateLine(iso.split('-').reverse().join('-'))
  const compact = line
    .replace(/\(\s*[^()]{1,30}\s*\)\s*$/u, ' ')
    .replace(/(\d)\s*([/:.-])\s*(?=\d)/gu, '$1$2')
    .replace(/(?<!\p{L})(?:الساعة|الساعه|الوقت|بتوقيت|توقيت|at|gmt|utc)(?!\p{L})/giu, ' ')
    .replace(/\s*[|•·]\s*/gu, ' ')
    .replace(/\s{2,}/gu, ' ')
    .trim()
  if (compact === line.trim()) return null
  return parseDateLine(compact)
}

/** Every rights wording holds one of these: the patterns run only on lines that do. */
export const RIGHTS_HINT = /حقوق|محفوظ|rights|copyright|©|\(c\)/iu
/** The rights a page keeps: `الحقوق`, `حقوق النشر`, `حقوق الطبع والنشر`, `حقوق الملكية`. */
export const RIGHTS_NAMES = '(?:الحقوق|حقوق\\s+(?:ال)?(?:نشر|طبع|ملكية)(?:\\s+و(?:ال)?(?:نشر|طبع|توزيع))?)'
const COPYRIGHT = new RegExp(
  `(?:©|\\(c\\)|(?:جميع\\s+)?${RIGHTS_NAMES}\\s+محفوظة|all rights reserved)\\s*(?:لـ|ل\\s+|ل)?\\s*(?:\\d{4}\\s*)?(?:[-–|]\\s*)?(?:ل)?((?:صحيفة|جريدة|موقع|مؤسسة|شبكة|بوابة)?\\s*\\p{L}+(?:\\s+\\p{L}+){0,2})`,
  'u',
)
/** `الوئام © 2016`: the site's name before the sign. */
const NAME_THEN_COPYRIGHT = /^(?!.*(?:حقوق|محفوظة|rights))(\p{L}+(?:\s+\p{L}+){0,3})\s*(?:©|\(c\))\s*(?:\d{4})?\s*$/u
/** `المدار - جميع الحقوق محفوظة`: the site's name, then the rights it keeps. */
const NAME_THEN_RIGHTS = new RegExp(
  `^(\\p{L}+(?:\\s+\\p{L}+){0,3})\\s*[-–—|،,]\\s*(?:(?:جميع|كل)\\s+)?${RIGHTS_NAMES}\\s+محفوظة`,
  'u',
)
const SITE_NAME = /^(?:صحيفة|جريدة|موقع|بوابة|شبكة)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/u
const MEDIA_PREFIX = /^(?:صحيفة|جريدة|موقع|مؤسسة)\s+/u
const ELECTRONIC = 'الإلكترونية|الالكترونية|الإلكتروني|الالكتروني'
/** `الوادي الإلكتروني`: the site's edition of the outlet, not another outlet. */
export const ELECTRONIC_SUFFIX = new RegExp(`\\s+(?:${ELECTRONIC})$`, 'u')
const SITE_SUFFIX = new RegExp(`\\s+(?:${ELECTRONIC}|أونلاين|اونلاين|نت|الرسمي)$`, 'u')
const NOT_SITE = /^(?:محفوظة|جميع|كل|الحقوق|لدى|لصالح|ل)$/u

/**
 * The outlet a page names in its own chrome: the copyright line (`جميع الحقوق محفوظة © صحيفة
 * المدار 2019`) or a site-name line (`صحيفة المدار الإلكترونية`). A hint, used when the article
 * itself names no outlet, and to tell an outlet from a place in a byline.
 */
export function chromeOutlet(line: string): string | null {
  if (line.length > 160) return null
  const rights = RIGHTS_HINT.test(line)
  const match =
    (rights ? (COPYRIGHT.exec(line) ?? NAME_THEN_COPYRIGHT.exec(line) ?? NAME_THEN_RIGHTS.exec(line)) : null) ??
    SITE_NAME.exec(line)
  const clean = (found: string | null | undefined) => found?.replace(MEDIA_PREFIX, '').replace(SITE_SUFFIX, '').trim()
  const name = clean(match?.[1])
  if (name && !NOT_SITE.test(name) && name.search(RIGHTS) < 0) return name
  // The sign before the rights words (`الوادي © جميع الحقوق محفوظة`): the holder is the other side.
  const holder = rights ? clean(rightsHolder(line)) : null
  return holder && !NOT_SITE.test(holder) ? holder : null
}

const RIGHTS = new RegExp(
  `(?:(?:جميع|كل)\\s+)?${RIGHTS_NAMES}(?:\\s+محفوظة)?|محفوظة|all rights reserved|copyright|©|\\(c\\)`,
  'giu',
)
const RIGHTS_MARKS = new RegExp(`${RIGHTS.source}|\\d{4}(?:\\s*[-–]\\s*\\d{4})?|[-–—|،,.:]`, 'giu')
const HOLDER = /^(?:(?:لـ|ل|لصالح|لدى)\s+|لـ|ل(?=صحيفة|جريدة|موقع|مؤسسة|شبكة|بوابة))?(\p{L}+(?:\s+\p{L}+){0,3})$/u

/**
 * A copyright line with nothing else on it: what remains once the rights words, the sign, the
 * years and the marks are gone is the holder, on either side (`الوادي © جميع الحقوق محفوظة`,
 * `حقوق النشر محفوظة لـ الوادي 2019`).
 */
function rightsHolder(line: string): string | null {
  if (line.search(RIGHTS) < 0) return null
  const rest = line.replace(RIGHTS_MARKS, ' ').replace(/\s+/gu, ' ').trim()
  return HOLDER.exec(rest)?.[1] ?? null
}
