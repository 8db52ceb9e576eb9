/**
 * Splits a page at its read-also headers (`إقرأ أيضاً:`): the main article first, then one
 * section per embedded article, each starting with its title (on the header's own line after the
 * colon, or on the next line). Several sections may follow one another, and one header may cover
 * several articles (parse/embeddedArticles.ts finds their boundaries).
 */
import { foldText, foldedPattern, matchFolded } from './foldedText.ts'
import { opensArticles, splitEmbeddedArticles } from './embeddedArticles.ts'
import { classifyLine } from './pageFurniture.ts'
import { wordsIn } from './wordsIn.ts'

/** A line of this many words is the article's text: labels after it may head read-also articles. */
const MIN_TEXT_WORDS = 12

/** Header shapes; what follows a header on its line is the embedded article's title. */
export const READ_ALSO_HEADERS: readonly RegExp[] = [
  /^(?:إقرأ|اقرأ|طالع|شاهد|تابع)\s+(?:أيضا|كذلك|المزيد)(?![\p{L}])\s*(?:[:：]|\.+|…)?\s*/u,
  // These phrases also open ordinary sentences: a header only when alone or followed by a colon.
  /^(?:قد\s+(?:يهمك|تهمك|يعجبك|تعجبك)(?:\s+(?:أيضا|كذلك))?|(?:يهمك|تهمك)\s+(?:أيضا|كذلك)|(?:مواضيع|موضوعات|أخبار|مقالات|قصص|تقارير)\s+(?:ذات صلة|متعلقة|مرتبطة|أخرى|مشابهة|قد\s+(?:تهمك|يهمك|تعجبك|يعجبك))|ذات صلة|اخترنا لك|ننصحك بقراءة|لا\s+(?:تفوت|تفوتوا|يفوتك|يفوتكم))\s*(?:[:：]\s*|$)/u,
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

/** A label: a few words and a colon (`أخبار أخرى:`), nothing a sentence or a date would hold. */
const LABEL = /^[\p{L}\s]{2,40}[:：]$/u
const MAX_LABEL_WORDS = 4
/**
 * Prose that introduces a list is no label: it goes on from the sentence before (`وتتوفر التذاكر
 * في:`, `فيما يلي:`) or ends on a word that wants what follows (`بـ`, `التالي`).
 */
const INTRODUCES_LIST =
  /^[وف]\p{L}|(?<!\p{L})(?:في|من|على|إلى|الى|عن|ب|بـ|لـ|ل|مع|التالي|التالية|الآتي|الاتي|الآتية|يلي|كالتالي|كالآتي|منها|وهي|هي)\s*[:：]$/u
/** A list item, not a headline: `* فضاء …`, `- …`, `• …`. */
const BULLET = /^\s*[*•·▪◦\-–]/u

/**
 * A label that heads read-also articles by its place, not its words: after the article's text, a
 * short line ending in a colon that no other furniture claims, followed by a headline and its lead
 * (or a list of titles).
 */
function isLabelHeader(lines: readonly string[], at: number, afterText: boolean): boolean {
  const line = (lines[at] ?? '').trim()
  if (
    !afterText ||
    !(line.endsWith(':') || line.endsWith('：')) ||
    !LABEL.test(line) ||
    wordsIn(line) > MAX_LABEL_WORDS ||
    INTRODUCES_LIST.test(line)
  )
    return false
  const next = lines.slice(at + 1).find((l) => l.trim().length > 0) ?? ''
  return !BULLET.test(next) && classifyLine(line).kind === 'text' && opensArticles(lines, at + 1)
}

export function splitReadAlso(lines: readonly string[]): PageSection[] {
  const sections: string[][] = [[]]
  let afterText = false
  for (const [at, line] of lines.entries()) {
    const title = readAlsoHeader(line) ?? (isLabelHeader(lines, at, afterText) ? '' : null)
    afterText ||= wordsIn(line) >= MIN_TEXT_WORDS
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
