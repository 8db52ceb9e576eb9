/**
 * Gives pathological "words" somewhere to break. Browsers lay out a line that must be broken
 * inside a word (CSS `overflow-wrap: anywhere`, base.css) in time that grows with the square of
 * the word's length: one 100,000-letter run froze Chromium for about 15 s at phone width when
 * measured here. A run that long is never language, only broken or hostile input, so inside such
 * runs — and only there — a space goes in every BREAK_EVERY characters. (An invisible U+200B was
 * tried first: neither self-hosted font has the glyph, and the per-character font fallback made a
 * feed with one such title take 28 s instead of 2.5 s.) Every other string comes back untouched,
 * and objects with nothing to change come back as the same objects (no copy of a large index).
 * This is the one place the app alters display text (docs/app.md, "Data: queries over data files"), and only for input no reader can
 * read anyway.
 */
export const LONG_RUN = 500
const BREAK_EVERY = 20
const BREAK = ' '

function isBreak(char: string): boolean {
  return /\s/.test(char)
}

/** Splits a run into chunks of whole code points (never between the halves of a surrogate pair). */
function chunked(run: string): string {
  const points = [...run]
  const chunks: string[] = []
  for (let i = 0; i < points.length; i += BREAK_EVERY) chunks.push(points.slice(i, i + BREAK_EVERY).join(''))
  return chunks.join(BREAK)
}

/** One linear pass: runs of LONG_RUN or more non-space characters are chunked, the rest copied as is. */
export function breakLongRunsInText(text: string): string {
  if (text.length < LONG_RUN) return text
  let out = ''
  let runStart = 0
  let changed = false
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBreak(text.charAt(i))) continue
    const run = text.slice(runStart, i)
    const long = run.length >= LONG_RUN
    changed ||= long
    out += (long ? chunked(run) : run) + text.charAt(i)
    runStart = i + 1
  }
  return changed ? out : text
}

/** The same value with every string passed through breakLongRunsInText (object keys are left as they are). */
export function breakLongRuns<T>(value: T): T {
  if (typeof value === 'string') return breakLongRunsInText(value) as T
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null
    value.forEach((item: unknown, index) => {
      const next = breakLongRuns(item)
      if (next !== item) (copy ??= [...value])[index] = next
    })
    return (copy ?? value) as T
  }
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | null = null
  for (const [key, item] of Object.entries(record)) {
    const next = breakLongRuns(item)
    if (next !== item) (copy ??= { ...record })[key] = next
  }
  return (copy ?? value) as T
}
