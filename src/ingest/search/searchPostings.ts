/**
 * The term index's postings, built in one pass over the documents: each document's words go
 * through the shared term processing (core/search/searchTerms.ts, exactly what the browser does to
 * a query), counted per field with the field's weight; at the end each (term, document) gets its
 * BM25 score over that weighted count, and a common term keeps only its best documents.
 */
import { tokenize } from '@/core/arabic/tokenize.ts'
import type { TermProcessor } from '@/core/search/searchTerms.ts'

/** BM25's usual constants: term-frequency saturation and document-length normalization. */
const K1 = 1.2
const B = 0.75

export interface ScoredTerm {
  readonly term: string
  /** Documents holding the term, before the cap. */
  readonly df: number
  /** Kept documents ascending, with their scaled scores. */
  readonly docs: number[]
  readonly scores: number[]
}

/**
 * Spaces and line breaks: they stay separators after normalization (which works letter by letter),
 * so text split on them tokenizes exactly as a whole. (U+FEFF is left out: normalization drops it,
 * joining the letters around it.)
 */
const SPACES = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/
/** Raw chunks remembered with their terms; beyond this the memory is cleared (a corpus repeats its words). */
const CHUNK_CACHE_LIMIT = 400_000

/** Field weights are multiples of a half: stored doubled, as integers. */
const WEIGHT_UNITS = 2

/** A term's documents so far, in growable typed arrays (6 bytes a posting: a corpus has tens of millions). */
class Accumulated {
  docs = new Int32Array(4)
  /** Field-weighted term frequency × WEIGHT_UNITS, per document in `docs`. */
  weights = new Uint16Array(4)
  length = 0

  push(doc: number, weight: number): void {
    if (this.length === this.docs.length) {
      const size = Math.ceil(this.length * 1.5)
      const docs = new Int32Array(size)
      docs.set(this.docs)
      const weights = new Uint16Array(size)
      weights.set(this.weights)
      this.docs = docs
      this.weights = weights
    }
    this.docs[this.length] = doc
    this.weights[this.length] = Math.min(0xffff, Math.round(weight * WEIGHT_UNITS))
    this.length++
  }
}

export class PostingsBuilder {
  private readonly terms = new Map<string, Accumulated>()
  /** Raw text between spaces → its terms: a corpus repeats its words, so each is processed once. */
  private readonly chunkTerms = new Map<string, readonly string[]>()
  private readonly lengths: number[] = []

  constructor(private readonly processTerm: TermProcessor) {}

  /** Adds document number `doc` (numbers must come in ascending order) from its weighted fields. */
  add(doc: number, fields: ReadonlyArray<readonly [text: string, weight: number]>): void {
    const counts = new Map<string, number>()
    let length = 0
    for (const [text, weight] of fields) {
      for (const chunk of text.split(SPACES)) {
        for (const term of this.termsOf(chunk)) {
          counts.set(term, (counts.get(term) ?? 0) + weight)
          length += weight
        }
      }
    }
    this.lengths[doc] = length
    for (const [term, weight] of counts) {
      let entry = this.terms.get(term)
      if (entry === undefined) {
        entry = new Accumulated()
        this.terms.set(term, entry)
      }
      entry.push(doc, weight)
    }
  }

  private termsOf(chunk: string): readonly string[] {
    let terms = this.chunkTerms.get(chunk)
    if (terms === undefined) {
      terms = tokenize(chunk).flatMap((word) => this.processTerm(word) ?? [])
      if (this.chunkTerms.size >= CHUNK_CACHE_LIMIT) this.chunkTerms.clear()
      this.chunkTerms.set(chunk, terms)
    }
    return terms
  }

  /** Every term in code-unit order, scored, each keeping at most `cap` documents; empties the builder. */
  *scoredTerms(cap: number, scoreScale: number): Generator<ScoredTerm> {
    const documentCount = this.lengths.length
    const averageLength = this.lengths.reduce((sum, n) => sum + (n ?? 0), 0) / Math.max(1, documentCount)
    const sorted = [...this.terms.keys()].sort()
    for (const term of sorted) {
      const entry = this.terms.get(term)
      if (entry === undefined) continue
      this.terms.delete(term)
      const df = entry.length
      const idf = Math.log(1 + (documentCount - df + 0.5) / (df + 0.5))
      const docs = Array.from(entry.docs.subarray(0, df))
      const scores = docs.map((doc, i) => {
        const tf = (entry.weights[i] ?? 0) / WEIGHT_UNITS
        const norm = 1 - B + (B * (this.lengths[doc] ?? 0)) / (averageLength || 1)
        // At least 1 once scaled: a document that holds the term is always worth more than one that does not.
        return Math.max(1, Math.round(((idf * tf * (K1 + 1)) / (tf + K1 * norm)) * scoreScale))
      })
      yield { term, df, ...keepBest(docs, scores, cap) }
    }
  }
}

/** Above this score keepBest sorts instead of counting (scaled BM25 scores stay in the hundreds). */
const MAX_COUNTED_SCORE = 1 << 16

/**
 * The `cap` best scoring documents (ties: the lower number, i.e. newer), back in ascending order.
 * Scores are small integers, so the cut is found by counting them, in one pass: sorting each
 * common term's documents (tens of thousands, for thousands of terms at 100,000 articles) made
 * the search phase grow faster than the corpus.
 */
export function keepBest(docs: number[], scores: number[], cap: number): { docs: number[]; scores: number[] } {
  if (docs.length <= cap) return { docs, scores }
  let max = 0
  for (const score of scores) {
    if (!Number.isInteger(score) || score < 0 || score > MAX_COUNTED_SCORE) return keepBestSorted(docs, scores, cap)
    if (score > max) max = score
  }
  const counts = new Int32Array(max + 1)
  for (const score of scores) counts[score] = (counts[score] ?? 0) + 1
  // The lowest score kept: every document above it is kept, and the first (lowest numbered) of those on it.
  let above = 0
  let cut = max
  while (cut > 0 && above + (counts[cut] ?? 0) < cap) above += counts[cut--] ?? 0
  let onCut = cap - above
  const kept: { docs: number[]; scores: number[] } = { docs: [], scores: [] }
  scores.forEach((score, i) => {
    if (score > cut || (score === cut && onCut-- > 0)) {
      kept.docs.push(docs[i] ?? 0)
      kept.scores.push(score)
    }
  })
  return kept
}

/** keepBest by sorting: the definition, for scores that cannot be counted. */
export function keepBestSorted(docs: number[], scores: number[], cap: number): { docs: number[]; scores: number[] } {
  if (docs.length <= cap) return { docs, scores }
  const order = docs.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
  const kept = order.slice(0, cap).sort((a, b) => a - b)
  return { docs: kept.map((i) => docs[i] ?? 0), scores: kept.map((i) => scores[i] ?? 0) }
}
