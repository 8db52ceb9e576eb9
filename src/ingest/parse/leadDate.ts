/**
 * A date stated only in the lead: `… اليوم الإثنين 15 مارس 2021 …`, `… مساء أمس الأحد الموافق
 * 14/3/2021 …`. Used when the page has no date line. Only a date the sentence ties to the news —
 * after a weekday, `اليوم`/`أمس`, `الموافق` or `بتاريخ` — counts: a lead often cites older dates.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { parseDateText } from './parseDate.ts'

const WEEKDAY = '(?:السبت|الاحد|الاثنين|الثلاثاء|الثلاثا|الاربعاء|الخميس|الجمعه)'
/** The cue, then the date's first characters (a day number) within a few words. */
const CUE = new RegExp(
  `(?<!\\p{L})(?:${WEEKDAY}|اليوم|امس|الموافق|بتاريخ|تاريخ)(?!\\p{L})(?:\\s*[،,]|\\s+(?:${WEEKDAY}|الموافق|الماضي|المقبل)(?!\\p{L}))*\\s*(?=\\d)`,
  'gu',
)
/** The lead's first characters: a date cited further on is context, not the publish date. */
const LEAD_SCAN_LENGTH = 400
/** A date runs a few dozen characters from its cue. */
const DATE_LENGTH = 40

export function leadDate(lead: string): string | null {
  const text = normalize(lead.slice(0, LEAD_SCAN_LENGTH))
  for (const cue of text.matchAll(CUE)) {
    const at = (cue.index ?? 0) + cue[0].length
    const date = parseDateText(text.slice(at, at + DATE_LENGTH))
    if (date) return date
  }
  return null
}
