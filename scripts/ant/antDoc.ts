/**
 * ANT corpus documents (TREC-style tags: DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR, ABSTRACT,
 * TEXT) → title, date and paragraphs. Shared by the real-text check and the sample converter.
 */

export interface AntDoc {
  readonly docNo: string
  readonly url: string
  readonly source: string
  readonly category: string
  readonly title: string
  /** As ANT gives it: ISO (`2017-01-21T20:46:00+01:00`) or `dd/mm/yyyy`. */
  readonly time: string
  readonly author: string
  readonly paragraphs: readonly string[]
}

function tag(text: string, name: string): string {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'u').exec(text)
  return match?.[1] ?? ''
}

/** Collapses the spaces a line carries (NBSP included) and trims it. */
function tidy(line: string): string {
  return line.replace(/[\s\u00A0]+/gu, ' ').trim()
}

const SENTENCE_END = /[.!؟?:"»”)]$/u

/**
 * ANT's TEXT holds one paragraph a line, except where it was hard-wrapped (ANT's README shows
 * it): a wrapped line starts with a space and continues a line that did not end a sentence.
 */
export function antParagraphs(text: string): string[] {
  const paragraphs: string[] = []
  for (const raw of text.split(/\r?\n/u)) {
    const line = tidy(raw)
    if (line.length === 0) continue
    const previous = paragraphs.at(-1)
    if (previous !== undefined && /^[ \t\u00A0]/u.test(raw) && !SENTENCE_END.test(previous)) {
      paragraphs[paragraphs.length - 1] = `${previous} ${line}`
    } else {
      paragraphs.push(line)
    }
  }
  return paragraphs
}

export function parseAntDoc(text: string): AntDoc | null {
  const title = tidy(tag(text, 'TITLE'))
  const paragraphs = antParagraphs(tag(text, 'TEXT'))
  if (title.length === 0 || paragraphs.length === 0) return null
  return {
    docNo: tidy(tag(text, 'DOCNO')),
    url: tidy(tag(text, 'URL')),
    source: tidy(tag(text, 'SRC')),
    category: tidy(tag(text, 'CAT')),
    title,
    time: tidy(tag(text, 'TIME')),
    author: tidy(tag(text, 'AUTHOR')),
    paragraphs,
  }
}

/** ANT's TIME as a calendar date (YYYY-MM-DD), or null when it is neither of its two forms. */
export function antDate(time: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})T/u.exec(time)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/u.exec(time)
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`
  return null
}
