/**
 * Pattern matching on normalized text with results in display text. The parsers' pattern tables
 * are written in ordinary Arabic spelling (أ, ة, ى…); `foldedPattern` folds them the way
 * `normalize` folds a page, so a pattern matches whatever hamza, tashkeel, tatweel or Persian
 * letters the page used, and `matchFolded` maps each match back to the page's own characters.
 */
import { normalize, normalizeWithMap } from '../core/arabic/normalize.ts'

export interface FoldedText {
  readonly display: string
  readonly folded: string
  /** For each UTF-16 unit of `folded`, its index in `display`; one extra final entry (display length). */
  readonly map: readonly number[]
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

export function foldText(display: string): FoldedText {
  const { normalized, map } = normalizeWithMap(display)
  return { display, folded: normalized, map }
}

/** The display characters behind folded[start, end), including marks attached to the last letter. */
function displaySlice(text: FoldedText, start: number, end: number): string {
  return text.display.slice(text.map[start] ?? text.display.length, text.map[end] ?? text.display.length)
}

/** Runs a folded pattern (from `foldedPattern`) on folded text; positions and groups come back in display form. */
export function matchFolded(text: FoldedText, pattern: RegExp): FoldedMatch | null {
  pattern.lastIndex = 0
  const match = pattern.exec(text.folded)
  if (!match?.indices) return null
  const [whole, ...groupIndices] = match.indices
  if (!whole) return null
  return {
    start: text.map[whole[0]] ?? text.display.length,
    end: text.map[whole[1]] ?? text.display.length,
    groups: groupIndices.map((range) => (range ? displaySlice(text, range[0], range[1]).trim() : undefined)),
  }
}
