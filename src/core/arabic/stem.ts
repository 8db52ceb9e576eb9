/**
 * A light Arabic stemmer for search and similarity (DESIGN §6): strips common proclitics
 * (و ف ب ك ل with or without ال) and common suffixes so that العلاقات / علاقات / والعلاقات / علاقة
 * meet. Works on normalized tokens (ة already folded to ه, أ/إ/آ to ا). Light on purpose: it never
 * reduces a word below three letters, and leaves Latin words and numbers alone.
 */

/** Longest first, so وال is tried before و. */
const PREFIXES = ['وبال', 'وكال', 'وفال', 'ولل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل']
const SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي']

const MIN_STEM = 3
const ARABIC_WORD = /^[\u0621-\u064a]+$/

function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    // A lone letter prefix (و ف ب ل) only counts when a real word of 3+ letters stays behind.
    const minRest = prefix.length === 1 ? MIN_STEM + 1 : MIN_STEM
    if (word.startsWith(prefix) && word.length - prefix.length >= minRest) return word.slice(prefix.length)
  }
  return word
}

function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length)
  }
  return word
}

export function stem(token: string): string {
  if (!ARABIC_WORD.test(token)) return token
  return stripSuffix(stripPrefix(token))
}
