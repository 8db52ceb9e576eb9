/**
 * Splits article text into Arabic stretches and runs of Latin words, numbers, dates and URLs, so
 * each run can be isolated left to right. Without the isolation the Unicode bidi algorithm turns
 * numbers that follow Arabic letters into "Arabic numbers", and `2024-09-24` then displays as
 * `24-09-2024`; a Latin phrase of several words keeps its word order only as one isolated run.
 * The text itself is never changed: joining the parts gives it back exactly.
 */
const CHAR = 'A-Za-z\\u00c0-\\u024f0-9\\u0660-\\u0669\\u06f0-\\u06f9'
const INNER = `${CHAR}._~:/?#@!$&'*+,;=%\\-`
const TOKEN = `[${CHAR}](?:[${INNER}]*[${CHAR}/])?`
const LATIN_RUN = new RegExp(`${TOKEN}(?: +${TOKEN})*`, 'g')

export interface TextPart {
  text: string
  /** A left-to-right run (Latin words, digits, a date, a URL) inside the Arabic text. */
  latin: boolean
}

export function splitLatinRuns(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), latin: false })
    parts.push({ text: match[0], latin: true })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false })
  return parts
}
