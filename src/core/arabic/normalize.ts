/**
 * Arabic normalization for matching (docs/ingest.md, "Arabic words"). Shared by the ingest (indexes, topic rules) and
 * the app (queries), so both sides fold text identically. Display text is never passed through
 * this: it is for comparing, and `normalizeWithMap` lets a match be mapped back to the original.
 *
 * Decisions:
 * - Persian ی and ک fold into Arabic ي and ك; گ folds into ك (Arabic pages write گ for a hard g
 *   that Arabic spells with ك or ج; ك is the common rendering of Persian loanwords).
 * - Hamza on a carrier (ؤ ئ) is kept: folding it would merge distinct words (مسؤول/مسوول is rare
 *   enough to leave to the spelling-variant table).
 */

/** Single characters replaced by another single character. */
const LETTER_FOLDS: Record<string, string> = {
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ی: 'ي', // Persian yeh
  ې: 'ي',
  ک: 'ك', // Persian keheh
  گ: 'ك', // Persian gaf
  '\u00A0': ' ', // no-break space
  '\u202F': ' ', // narrow no-break space
  '\u2007': ' ', // figure space
}

const ARABIC_INDIC_ZERO = 0x0660
const PERSIAN_ZERO = 0x06f0

/** Characters dropped entirely: tatweel, tashkeel, superscript alef, zero-width and bidi controls. */
function isDropped(code: number): boolean {
  return (
    code === 0x0640 || // tatweel
    (code >= 0x064b && code <= 0x065f) || // tashkeel
    code === 0x0670 || // superscript alef
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff || // BOM / zero-width no-break space
    code === 0x00ad // soft hyphen
  )
}

/** Folds one character; returns '' when it is dropped. */
function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  if (isDropped(code)) return ''
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO)
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO)
  const folded = LETTER_FOLDS[ch]
  if (folded !== undefined) return folded
  return ch.toLowerCase()
}

/**
 * Every character foldChar may change (a superset is harmless: foldChar leaves the rest as they are).
 * Most characters of Arabic text are unchanged, so replacing only these is much faster than
 * rebuilding the string character by character (the ingest normalizes every word of 100,000 articles).
 */
export const FOLDED_CHARACTERS =
  /[\u0640\u064B-\u065F\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u0660-\u0669\u06F0-\u06F9\u00A0\u202F\u2007آأإٱىةیېکگ]|\p{Changes_When_Lowercased}/gu

/**
 * The fold of every UTF-16 unit below TABLE_END and in the general punctuation block (what Arabic
 * news text is made of), or null where the unit stays itself. Built on first use from foldChar, so
 * it cannot disagree with it; 2,000 entries.
 */
const TABLE_END = 0x0700
const PUNCTUATION_START = 0x2000
const PUNCTUATION_END = 0x2070
let foldTable: Array<string | null> | undefined

function buildFoldTable(): Array<string | null> {
  const table: Array<string | null> = []
  const fill = (from: number, to: number) => {
    for (let code = from; code < to; code++) {
      const ch = String.fromCharCode(code)
      const folded = foldChar(ch)
      table.push(folded === ch ? null : folded)
    }
  }
  fill(0, TABLE_END)
  fill(PUNCTUATION_START, PUNCTUATION_END)
  return table
}

/** Normalizes text for matching. Idempotent: normalize(normalize(x)) === normalize(x). */
export function normalize(text: string): string {
  // Unit by unit through the table: the ingest normalizes every line of 100,000 articles several
  // times, and a replace() calling back per folded letter was its largest single cost. Text with a
  // unit outside the table (another script, a surrogate) takes the general path.
  const table = (foldTable ??= buildFoldTable())
  let out = ''
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let folded: string | null | undefined
    if (code < TABLE_END) folded = table[code]
    else if (code >= PUNCTUATION_START && code < PUNCTUATION_END) folded = table[code - PUNCTUATION_START + TABLE_END]
    else return text.replace(FOLDED_CHARACTERS, foldChar)
    if (folded !== null && folded !== undefined) {
      out += text.slice(copied, i) + folded
      copied = i + 1
    }
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** Character by character, as normalize is defined; kept to test that normalize's shortcut changes nothing. */
export function normalizeEachCharacter(text: string): string {
  let out = ''
  for (const ch of text) out += foldChar(ch)
  return out
}

/**
 * Normalizes and records, for each UTF-16 unit of the result, the index in the original text it
 * came from, so a match found in normalized text can be highlighted on the original characters.
 * `map` has one extra final entry: the original length.
 */
export function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  // Most lines drop nothing and fold each character to one UTF-16 unit: then the map is the identity.
  if (!LENGTH_CHANGING.test(text)) {
    const normalized = normalize(text)
    if (normalized.length === text.length)
      return { normalized, map: Array.from({ length: text.length + 1 }, (_, i) => i) }
  }
  return normalizeWithMapEachCharacter(text)
}

/** Characters whose fold may not be exactly one UTF-16 unit for one: dropped ones, and astral ones (any surrogate: no `u` flag). */
export const LENGTH_CHANGING =
  /[\u0640\u064B-\u065F\u0670\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\uD800-\uDFFF]/

/** normalizeWithMap as defined, character by character (the general case, and the reference in tests). */
export function normalizeWithMapEachCharacter(text: string): { normalized: string; map: number[] } {
  let normalized = ''
  const map: number[] = []
  let index = 0
  for (const ch of text) {
    const folded = foldChar(ch)
    for (let i = 0; i < folded.length; i++) map.push(index)
    normalized += folded
    index += ch.length
  }
  map.push(text.length)
  return { normalized, map }
}
