/**
 * Splits a page at its read-also headers (`إقرأ أيضاً:`): the main article first, then one
 * section per embedded article, each starting with its title (on the header's own line after the
 * colon, or on the next line). Several sections may follow one another, and one header may cover
 * several articles (parse/embeddedArticles.ts finds their boundaries).
 */
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { splitEmbeddedArticles } from './embeddedArticles.ts'

/** Header shapes; what follows a header on its line is the embedded article's title. */
export const READ_ALSO_HEADERS: readonly RegExp[] = [
  /^(?:إقرأ|اقرأ|طالع|شاهد|تابع)\s+(?:أيضا|كذلك|المزيد)(?![\p{L}])\s*(?:[:：]|\.+|…)?\s*/u,
  // These phrases also open ordinary sentences: a header only when alone or followed by a colon.
  /^(?:قد يهمك(?:\s+أيضا)?|(?:مواضيع|موضوعات|أخبار|مقالات)\s+(?:ذات صلة|متعلقة|مرتبطة)|ذات صلة|اخترنا لك|ننصحك بقراءة|لا\s+(?:تفوت|تفوتوا|يفوتك|يفوتكم)|(?:قد\s+)?يهمك\s+(?:أيضا|كذلك))\s*(?:[:：]\s*|$)/u,
  /^(?:read also|see also|related)\s*(?:[:：]\s*|$)/u,
]

const HEADERS = READ_ALSO_HEADERS.map(foldedPattern)
/** Headers are a few words at the start of a line: only those characters are folded. */
const HEADER_SCAN_LENGTH = 80

export interface PageSection {
  /** 0 for the main article, then 1.. for each read-also section in page order. */
  readonly index: number
  readonly lines: readonly string[]
}

/** The title that follows a read-also header on its own line, or '' for a bare header; null for other lines. */
export function readAlsoHeader(line: string): string | null {
  const head = foldText(line.slice(0, HEADER_SCAN_LENGTH))
  for (const header of HEADERS) {
    const match = matchFolded(head, header)
    if (match) return line.slice(match.end).trim()
  }
  return null
}

export function splitReadAlso(lines: readonly string[]): PageSection[] {
  const sections: string[][] = [[]]
  for (const line of lines) {
    const title = readAlsoHeader(line)
    if (title === null) {
      sections[sections.length - 1]?.push(line)
      continue
    }
    sections.push(title.length > 0 ? [title] : [])
  }
  // One header may cover several embedded articles: each becomes a section of its own.
  const [main = [], ...readAlso] = sections
  return [main, ...readAlso.flatMap((lines) => splitEmbeddedArticles(lines))].map((sectionLines, index) => ({
    index,
    lines: sectionLines,
  }))
}
