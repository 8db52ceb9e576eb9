/**
 * Calls to follow or download, in any outlet's words: `انضموا إلى قناة السومرية نيوز على تلغرام`,
 * `حمّل تطبيق الشروق على هاتفك`, `تابعونا على فيسبوك`. Recognised by their shape — an imperative
 * or purpose verb of following/downloading/joining near the start, and a channel or a platform —
 * not by a list of known sentences, so a new outlet's promo is furniture too. The outlet the call
 * names (`قناة X`, `تطبيق X`, `صفحة X`) is kept: it is often the only place a page names it.
 *
 * Written in display spelling, matched on folded text (foldedText.ts): hamza, tashkeel and
 * tatweel do not matter.
 */
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { withoutMarks } from './withoutMarks.ts'

/** Verbs and verbal nouns that open a call: imperative singular/plural, first person plural, `ل` + noun. */
const CALL_VERB =
  '(?:(?:و|ف)?(?:حمل|حملوا|حملي|نزل|نزلوا|ثبت|ثبتوا|تابع|تابعوا|تابعونا|تابعنا|تابعي|اتبع|اتبعوا|اتبعونا|انضم|انضموا|انضمي|اشترك|اشتركوا|اشتركي|فعل|فعلوا|قم|قوموا|اضغط|اضغطوا|سجل|سجلوا|زوروا|زر|شاهدوا|ادخل|ادخلوا|حمّل|اكتشف|احصل)' +
  '|(?:و|ف)?(?:ليصلك كل جديد|ليصلكم كل جديد|لتحميل|لتنزيل|لمتابعة|للمتابعة|تنسوا متابعة|تنسى متابعة|تنس متابعة|للاشتراك|للانضمام|لتلقي|لمشاهدة|للتواصل|يمكنكم متابعة|يمكنك متابعة|نرحب بمتابعتكم|تابعوا آخر|ولمزيد من))'
/** What a call points at: a channel or an app, perhaps with the outlet's name after it. */
const CHANNEL =
  '(?:تطبيق|تطبيقنا|قناة|قناتنا|قنوات|صفحة|صفحتنا|صفحات|حساب|حسابنا|حسابات|مجموعة|مجموعتنا|نشرة|نشرتنا|خدمة|حسابنا الرسمي|موقع|موقعنا)'
/** Platforms and stores: a call names one of them, or a channel. */
const PLATFORM =
  '(?:تلغرام|تليغرام|تيليغرام|تيليجرام|تلجرام|telegram|واتساب|واتس اب|واتس آب|whatsapp|فيسبوك|فيس بوك|facebook|تويتر|twitter|إكس|انستغرام|انستجرام|إنستقرام|instagram|يوتيوب|youtube|تيك توك|tiktok|سناب شات|سناب|snapchat|لينكد ان|linkedin|جوجل نيوز|google news|غوغل نيوز|نبض|google play|app store|جوجل بلاي|غوغل بلاي|آب ستور|اب ستور|بلاي ستور|البلاي ستور|متجر|هاتفك|هواتفكم|جوالك|الهواتف الذكية|آيفون|أندرويد|android|ios|الإشعارات|البريد الإلكتروني|النشرة البريدية|البريدية|rss)'
/** Words after a channel noun that end the outlet's name. */
const NAME_STOP =
  '(?:ل[أاإل]\\p{L}+|أولا|اولا|أول|اول|على|علي|عبر|في|من|لمتابعة|للاطلاع|للإطلاع|لتلقي|لمعرفة|ل|الآن|الان|مجانا|الرسمي|الرسمية|وتابعوا|و|و?احصل|حيث|ليصلك|لتصلك|ليصلكم|لتصلكم|البريدية|الإخبارية|اليومية|الأسبوعية|للحصول|ومتابعة|ومواكبة)'

/** A call is a short line (a promo, not a paragraph that mentions Telegram). */
const MAX_CALL_WORDS = 30
/** The verb stands in the line's first words. */
const CALL_START = new RegExp(`^\\P{L}*(?:\\p{L}+\\P{L}+){0,2}?${CALL_VERB}(?!\\p{L})`, 'u')
const CHANNEL_NAME = new RegExp(
  `(?<!\\p{L})(?:[لب]?${CHANNEL}|أخبار|آخر أخبار)\\s+((?!${NAME_STOP}(?!\\p{L}))\\p{L}+(?:\\s+(?!${NAME_STOP}(?!\\p{L}))\\p{L}+){0,2})`,
  'u',
)
/** A platform, an app, or the outlet's own channel (`قناتنا`): `قناة السويس` alone is a canal, not a call. */
const HAS_TARGET = new RegExp(
  `(?<!\\p{L})(?:(?:ال)?${PLATFORM}|تطبيق|تطبيقنا|قناتنا|صفحتنا|حسابنا|حساباتنا|مجموعتنا|نشرة|نشرتنا|موقعنا)(?!\\p{L})`,
  'u',
)

/** `ليصلك كل جديد الوادي`: the outlet after `كل جديد`, at the call's end. */
const EVERYTHING_NEW_FROM = /(?<!\p{L})كل\s+جديد\s+(\p{L}+(?:\s+\p{L}+){0,2})\s*$/u

/** `تابعوا السومرية نيوز على واتساب`: the outlet right after the verb, then the platform. */
const VERB_NAME = new RegExp(
  `^(?:\\P{L}*\\p{L}+\\s+){0,2}?${CALL_VERB}\\s+(?:مع\\s+)?(\\p{L}+(?:\\s+\\p{L}+){0,2}?)\\s+(?:على|علي|عبر|في)\\s+(?:ال)?${PLATFORM}(?!\\p{L})`,
  'u',
)
/**
 * The outlet signing a call that says `our`: after a final dash or colon (`انضم لقناتنا على
 * تيليجرام - الغد`, `انضم لقناتنا على تيليجرام: الغد`), or after a final `لـ` (`اشترك في النشرة
 * البريدية لـالغد`).
 */
const SIGNED = /(?:\s[-–—|]|[:：]|\sلـ)\s*(\p{L}+(?:\s+\p{L}+){0,2})\s*$/u
/** A channel said as `ours`, with or without a preposition (`لقناتنا`, `بصفحتنا`): not a name. */
const OURS = new RegExp(`^(?:ل|ب)?${CHANNEL}$`, 'u')
/**
 * `زوروا موقع X` points at a site: a call when it is a line of its own, but a sentence that ends
 * with a full stop (`زوروا موقع الوزارة للتسجيل.`) is the article giving advice.
 */
const SITE_TARGET = /(?<!\p{L})موقع(?!\p{L})/u
const ENDS_SENTENCE = /[.!؟?]["”»']?$/u
const START = foldedPattern(CALL_START)
const VERB_THEN_NAME = foldedPattern(VERB_NAME)
const NAME = foldedPattern(CHANNEL_NAME)
const TARGET = foldedPattern(HAS_TARGET)

/** Names a channel noun may be followed by that are not an outlet (`تطبيق الهاتف`). */
const NOT_NAMES = new Set(
  [
    'في',
    'على',
    'إلى',
    'الى',
    'عبر',
    'من',
    'آخر',
    'اخر',
    'كل',
    'جديد',
    'صفحتنا',
    'قناتنا',
    'حسابنا',
    'الهاتف',
    'الجوال',
    'المحمول',
    'الرسمي',
    'الرسمية',
    'الاخبار',
    'الأخبار',
    'الخاص',
    'الخاصة',
    'اخبار',
    'أخبار',
  ].map((w) => foldText(w).folded),
)

export interface CallToFollow {
  /** The outlet the call names, or null (`تابعونا على فيسبوك`). */
  readonly outlet: string | null
}

/**
 * A promo without a verb: a channel and the platform it is on, and nothing after
 * (`قناة الوادي على تلغرام 👇`, `صفحة الوادي الرسمية على فيسبوك`, `أخبار الوادي عبر واتساب`). A
 * headline that names a platform goes on after it (`قناة الوادي على يوتيوب تتجاوز مليون مشترك`)
 * or names no channel (`ماكرون يرد على تويتر`).
 */
const CHANNEL_ON_PLATFORM = foldedPattern(
  new RegExp(
    `^\\P{L}*(?:${CHANNEL}|أخبار|آخر أخبار)\\s+(\\p{L}+(?:\\s+\\p{L}+){0,2}?)(?:\\s+(?:الرسمية|الرسمي))?\\s+(?:على|علي|عبر)\\s+(?:ال)?${PLATFORM}[^\\p{L}]*$`,
    'u',
  ),
)
/** `الوادي على واتساب.. اضغط هنا للاشتراك`: the outlet on a platform, then the call after a mark. */
const NAME_ON_PLATFORM_THEN_CALL = foldedPattern(
  new RegExp(
    `^\\P{L}*(\\p{L}+(?:\\s+\\p{L}+){0,2}?)\\s+(?:على|علي|عبر)\\s+(?:ال)?${PLATFORM}\\s*(?:\\.{2,}|…|[:：،,!-])\\s*${CALL_VERB}(?!\\p{L})`,
    'u',
  ),
)
/** A verbless promo names where the channel is: `على` or `عبر` (folded). */
const ON_OR_VIA = /(?:علي|عبر)\s/u
/** A verbless promo is a few words: a channel, a name of up to three words, the platform. */
const MAX_VERBLESS_WORDS = 8

/** Reads a whole line as a call to follow or download; null for any other line. */
export function callToFollow(line: string): CallToFollow | null {
  if (line.split(/\s+/u).length > MAX_CALL_WORDS) return null
  const folded = foldText(line)
  if (!matchFolded(folded, START)) return verblessPromo(line, folded)
  if (!matchFolded(folded, TARGET) && !(SITE_TARGET.test(folded.folded) && !ENDS_SENTENCE.test(line))) return null
  const named = (matchFolded(folded, NAME) ?? matchFolded(folded, VERB_THEN_NAME))?.groups[0]?.trim()
  const name =
    named && !OURS.test(foldText(named).folded)
      ? named
      : (SIGNED.exec(line)?.[1] ?? EVERYTHING_NEW_FROM.exec(line)?.[1])
  return { outlet: name ? outletNamed(name) : null }
}

/** The outlet a call names, unless its first word is no name (`الأخبار`, `كل`). */
function outletNamed(name: string): string | null {
  const firstWord = foldText(name.split(/\s+/u)[0] ?? '').folded
  // Display text, but without tashkeel: an outlet's name is compared and grouped across pages.
  return NOT_NAMES.has(firstWord) ? null : withoutMarks(name).replace(/[\s.,،:]+$/u, '')
}

function verblessPromo(line: string, folded: ReturnType<typeof foldText>): CallToFollow | null {
  if (!ON_OR_VIA.test(folded.folded) || line.split(/\s+/u).length > MAX_VERBLESS_WORDS) return null
  const name = (
    matchFolded(folded, CHANNEL_ON_PLATFORM) ?? matchFolded(folded, NAME_ON_PLATFORM_THEN_CALL)
  )?.groups[0]?.trim()
  if (name === undefined) return null
  return { outlet: OURS.test(foldText(name).folded) ? null : outletNamed(name) }
}
