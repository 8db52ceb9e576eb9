/**
 * Keyword lines: `كلمات دلالية: القوات الأمیرکیة مهمة التحالف`. With a delimiter (، , ; | #) the
 * phrases are the delimited parts. Scraped pages often lose the delimiters and leave a run of
 * words; then a phrase is a maximal run of words that occurs, contiguously, in the article's
 * title or body (compared on normalized, stemmed words, so القوات/قوات and الأمیرکیة/الأميركية
 * meet). Phrases keep the page's display spelling.
 */
import { stem } from '@/core/arabic/stem.ts'
import { tokenize } from '@/core/arabic/tokenize.ts'

/** Delimiters a keywords line may use between phrases; a lone dash only when spaced (`أمن - دفاع`). */
export const KEYWORD_DELIMITERS = /\s*(?:[،,;؛|#•]|\s[-–—]\s)\s*/u

const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu

/** A phrase's normalized, stemmed words: the key two spellings of one phrase share. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map(stem).join(' ')
}

/** ` a b c ` style string of the article's stemmed words, for contiguous-run lookups. */
function stemmedText(articleText: readonly string[]): string {
  return ` ${articleText.flatMap((p) => tokenize(p).map(stem)).join(' ')} `
}

function dedupe(phrases: readonly string[]): string[] {
  const seen = new Set<string>()
  return phrases.filter((phrase) => {
    const key = phraseKey(phrase)
    if (key.length === 0 || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Splits a space-run into the maximal runs of words that the article itself uses contiguously. */
function splitSpaceRun(words: readonly string[], haystack: string): string[] {
  const phrases: string[] = []
  let start = 0
  while (start < words.length) {
    let end = start + 1
    while (end < words.length) {
      const candidate = words
        .slice(start, end + 1)
        .map(phraseKey)
        .join(' ')
      if (!haystack.includes(` ${candidate} `)) break
      end++
    }
    phrases.push(words.slice(start, end).join(' '))
    start = end
  }
  return phrases
}

/**
 * The keyword phrases of a keywords line, in display form.
 * @param articleText title and body paragraphs of the article the line belongs to
 */
export function splitKeywords(line: string, articleText: readonly string[]): string[] {
  // Hashtags join a phrase's words with `_` (`#جامعة_الملك_سعود`).
  const raw = line.replace(/_+/gu, ' ').replace(EDGE_PUNCTUATION, '')
  if (raw.length === 0) return []
  if (KEYWORD_DELIMITERS.test(raw)) {
    return dedupe(raw.split(KEYWORD_DELIMITERS).map((p) => p.replace(EDGE_PUNCTUATION, '')))
  }
  const words = raw.split(/\s+/u).filter((w) => phraseKey(w).length > 0)
  return dedupe(splitSpaceRun(words, stemmedText(articleText)))
}
