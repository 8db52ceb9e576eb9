/**
 * Pattern matching on normalized text with results in display text. The parsers' pattern tables
 * are written in ordinary Arabic spelling (أ, ة, ى…); `foldedPattern` folds them the way
 * `normalize` folds a page, so a pattern matches whatever hamza, tashkeel, tatweel or Persian
 * letters the page used, and `matchFolded` maps each match back to the page's own characters.
 */
import { LENGTH_CHANGING, normalize, normalizeWithMapEachCharacter } from '@/core/arabic/normalize.ts'

export interface FoldedText {
  readonly display: string
  readonly folded: string
  /**
   * For each UTF-16 unit of `folded`, its index in `display`; one extra final entry (display length).
   * Null when folding kept every unit in place (most lines): then an index is its own display index.
   */
  readonly map: readonly number[] | null
}

export interface FoldedMatch {
  /** Display indices of the whole match. */
  readonly start: number
  readonly end: number
  /** Capture groups in display form (trimmed), undefined when a group did not take part. */
  readonly groups: ReadonlyArray<string | undefined>
}

const ARABIC_LETTER = /[\u0600-\u06FF]/g

/** Compiles a pattern written in display spelling into one that runs on normalized text. */
export function foldedPattern(pattern: RegExp): RegExp {
  const source = pattern.source.replace(ARABIC_LETTER, (ch) => normalize(ch))
  const flags = pattern.flags.includes('d') ? pattern.flags : `${pattern.flags}d`
  return new RegExp(source, flags)
}

let lastLine = ''
let lastNormalized = ''

/**
 * normalize, remembering the last line: a page's parse normalizes each line twice in a row (is it
 * a date line? is it furniture?), and normalizing is the largest single cost of the parse.
 */
export function normalizeLine(line: string): string {
  if (line !== lastLine) {
    lastNormalized = normalize(line)
    lastLine = line
  }
  return lastNormalized
}

/** normalizeWithMap's result, without building the identity map of a line that folds unit for unit (every line is folded several times). */
export function foldText(display: string): FoldedText {
  if (!LENGTH_CHANGING.test(display)) {
    const folded = normalizeLine(display)
    if (folded.length === display.length) return { display, folded, map: null }
  }
  const { normalized, map } = normalizeWithMapEachCharacter(display)
  return { display, folded: normalized, map }
}

/** The display index of folded index `at` (the display length past the end). */
function displayIndex(text: FoldedText, at: number): number {
  return text.map ? (text.map[at] ?? text.display.length) : Math.min(at, text.display.length)
}

/** The display characters behind folded[start, end), including marks attached to the last letter. */
function displaySlice(text: FoldedText, start: number, end: number): string {
  return text.display.slice(displayIndex(text, start), displayIndex(text, end))
}

/** Runs a folded pattern (from `foldedPattern`) on folded text; positions and groups come back in display form. */
export function matchFolded(text: FoldedText, pattern: RegExp): FoldedMatch | null {
  pattern.lastIndex = 0
  const match = pattern.exec(text.folded)
  if (!match?.indices) return null
  const [whole, ...groupIndices] = match.indices
  if (!whole) return null
  return {
    start: displayIndex(text, whole[0]),
    end: displayIndex(text, whole[1]),
    groups: groupIndices.map((range) => (range ? displaySlice(text, range[0], range[1]).trim() : undefined)),
  }
}
