/**
 * Common spelling variants of the same word, folded to one spelling for matching (docs/ingest.md, "Arabic words").
 * Works on normalized words (hamza-alef already ا, ة already ه, Persian letters already Arabic),
 * so أميركية, الأمیرکیة and أمريكية all reach the table as one of two spellings. Kept in one place:
 * search terms use it at index time (ingest) and at query time (browser).
 */

/** Pattern over a normalized word → replacement. Each entry names a real variant pair. */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/اميرك/g, 'امريك'], // أميركي / أمريكي, أميركا / أمريكا
  [/بنتاجون/g, 'بنتاغون'], // البنتاجون / البنتاغون
  [/كونجرس/g, 'كونغرس'], // الكونجرس / الكونغرس
  [/مسوول/g, 'مسؤول'], // مسوول / مسؤول
  [/ديموقراط/g, 'ديمقراط'], // ديموقراطية / ديمقراطية
  [/افريكم$/, 'افريكوم'], // أفريكم / أفريكوم
]

export function foldSpellingVariants(word: string): string {
  let folded = word
  for (const [pattern, replacement] of VARIANTS) folded = folded.replace(pattern, replacement)
  return folded
}
