/**
 * A record's body text → paragraphs. Scrapers keep the page's paragraph breaks as newlines; some
 * flatten the whole article into one run, which is then split at sentence ends into paragraphs of
 * a readable length (never inside a sentence).
 */

import { wordsIn } from '../parse/wordsIn.ts'

/** Sentences are gathered into a paragraph until it holds at least this many words. */
const MIN_PARAGRAPH_WORDS = 40
/** A body with no line break and more words than this is a flattened article, not one paragraph. */
const MAX_UNBROKEN_WORDS = 2 * MIN_PARAGRAPH_WORDS
/** `.`, `!`, `؟`, `?` or `…` (optionally closing a quote) followed by space: a sentence ends there. */
const SENTENCE_BREAK = /(?<=[.!؟?…]["”»')]?)\s+(?=\S)/u

function splitSentences(run: string): string[] {
  const paragraphs: string[] = []
  let current = ''
  for (const sentence of run.split(SENTENCE_BREAK)) {
    current = current ? `${current} ${sentence}` : sentence
    if (wordsIn(current) >= MIN_PARAGRAPH_WORDS) {
      paragraphs.push(current)
      current = ''
    }
  }
  // A short run at the end stays apart: it is often a credit or source line the cleaning removes.
  if (current) paragraphs.push(current)
  return paragraphs
}

export function bodyParagraphs(body: string): string[] {
  const lines = body
    .split(/\r\n?|\n|[\u2028\u2029\u0085]/u)
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length === 1 && wordsIn(lines[0] ?? '') > MAX_UNBROKEN_WORDS) return splitSentences(lines[0] ?? '')
  return lines
}
