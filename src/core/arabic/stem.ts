/**
 * A light Arabic stemmer for search and similarity (docs/ingest.md, "Arabic words"): strips common
 * proclitics (و ف ب ل, and ك before ال) and common suffixes so that العلاقات / علاقات / والعلاقات /
 * علاقة meet. Works on normalized tokens (ة already folded to ه, أ/إ/آ to ا). Light on purpose: it
 * never reduces a word below three letters, and leaves Latin words and numbers alone.
 */

/**
 * The proclitics a word may carry, in normalized spelling, longest first (so وال is tried before
 * و): the conjunctions و ف, the prepositions ب ك ل, each alone or before the article ال. The one
 * list for the stemmer and the topic matcher (ingest/analyse/topics.ts).
 */
export const PROCLITICS: readonly string[] = 'وبال وكال وفال ولل وال بال كال فال لل ال و ف ب ك ل'.split(' ')

/**
 * The stemmer leaves out a lone ك. It commits to one cut, and most long words that open with ك are
 * not ك + word: in the 300-article ANT sample (samples/ant), 12 of 451 occurrences of five-letter
 * or longer words opening with ك (not كال) leave a word seen elsewhere when the ك goes (كمواطن,
 * كرئيسه); the rest would be cut wrongly (كلمات → لمات, كبيره → بيره, كثيرا → ثيرا). The topic
 * matcher keeps the lone ك: it tries a word with and without each proclitic and only asks whether a
 * taxonomy term is among them, so a wrong cut matches nothing.
 */
const PREFIXES = PROCLITICS.filter((prefix) => prefix !== 'ك')
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
