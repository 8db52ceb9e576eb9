/**
 * Noise removed wherever it sits in a line, even glued to the end of a real paragraph: app promos,
 * a glued source link or tag trailer, pager buttons, word-processor field codes. pageFurniture.ts
 * strips it before it classifies the line; a promo's app names the outlet.
 *
 * Patterns are written in display spelling and matched on normalized text (see foldedText.ts).
 */
import { foldText, foldedPattern, matchFolded, type FoldedText } from './foldedText.ts'

// An outlet or app name: one to three words, stopping before `للإطلاع`, `لأجهزة`, `على`, `عبر`…
const APP_NAME = '\\p{L}+(?:\\s+(?!ل[لاأإ]|على|علي|عبر|من|في|الان|مجانا)\\p{L}+){0,2}'
const STORE_NAME =
  '(?:البلاي\\s*ستور|بلاي\\s*ستور|آب\\s*ستور|اب\\s*ستور|(?:جوجل|غوغل|قوقل)\\s*بلاي|google\\s*play|app\\s*store|play\\s*store|ستور|أندرويد|اندرويد|آيفون|ايفون|android|ios)'
// `على غوغل بلاي وآب ستور`: the promo runs to the last store it names.
const STORE = `${STORE_NAME}(?:\\s*(?:و|أو|،|,)\\s*${STORE_NAME})*`

/**
 * Noise removed wherever it sits in a line, even glued to the end of a real paragraph.
 * `app` marks the group that names the outlet whose app is promoted.
 */
export const INLINE_NOISE: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp; readonly app?: number }> = [
  {
    name: 'app promo',
    pattern: new RegExp(
      `[اإ]ضغط\\s+(?:على|علي)\\s+(?:الصورة|الرابط|هنا)\\s+(?:ل|و)?(?:تحميل|تنزيل)\\s+تطبيق\\s+(${APP_NAME}).{0,100}?(?:${STORE}|$)`,
      'u',
    ),
    app: 1,
  },
  {
    name: 'app promo',
    pattern: new RegExp(`(?:حمل|حمّل|نزل|لتحميل|لتنزيل)\\s+تطبيق\\s+(${APP_NAME}).{0,80}?(?:${STORE})`, 'u'),
    app: 1,
  },
  // The source credit glued to the last paragraph: `… رابط الخبر بصحيفة الوئام: <the headline again>`.
  {
    name: 'source link',
    pattern: /رابط الخبر\s*(?:ب|في\s+)?(?:صحيفة|موقع|جريدة)\s+(\p{L}+(?:\s+\p{L}+)?)\s*[:：].{0,200}$/u,
    app: 1,
  },
  // A tag trailer or a photo credit glued to the end of the last paragraph: `… القرار. سمات الرياض العيد`, `… . تصوير : فلان`.
  {
    name: 'glued trailer',
    pattern:
      /(?<=[.!؟?»"”)]\s{0,3})(?:سمات|الوسوم|وسوم|كلمات دلالية|كلمات مفتاحية|tags)\s*[:：]?\s+\p{L}+(?:\s+\p{L}+){0,14}\s*$/u,
  },
  {
    name: 'glued trailer',
    pattern: /(?<=[.!؟?»"”)]\s{0,3})(?:تصوير|عدسة|صورة)\s*[:：]\s*\p{L}+(?:\s+\p{L}+){0,3}\s*$/u,
  },
  // Slider and pager buttons left at a line's start: `Next Previous عبدالكريم الحارثي – جدة`.
  { name: 'navigation', pattern: /^(?:(?:next|previous|prev|older|newer|السابق|التالي)\s+)+(?=\p{L})/u },
  {
    name: 'field code',
    pattern: /(?:hyperlink|includepicture)\s+(?:\\[a-z]\s+)*"[^"]*"(?:\s*\\[*a-z]+(?:\s+[a-z]+)?)*/u,
  },
  { name: 'field code', pattern: /\\\*\s*mergeformat(?:inet)?|\{\s*(?:page|numpages|toc)[^}]*\}/u },
]

const INLINE_COMPILED = INLINE_NOISE.map((n) => ({ ...n, pattern: foldedPattern(n.pattern) }))

/** Removes every inline-noise match; returns the remaining text and the app name a promo gave. */
export function stripInlineNoise(line: string): { text: string; folded: FoldedText; app: string | null } {
  let text = line
  let app: string | null = null
  let folded: FoldedText = foldText(text)
  for (const noise of INLINE_COMPILED) {
    for (
      let match = matchFolded(folded, noise.pattern);
      match && match.end > match.start;
      match = matchFolded(folded, noise.pattern)
    ) {
      if (noise.app !== undefined) app ??= match.groups[noise.app - 1] ?? null
      text = `${text.slice(0, match.start)} ${text.slice(match.end)}`.replace(/ {2,}/g, ' ').trim()
      folded = foldText(text)
    }
  }
  return { text, folded, app }
}
