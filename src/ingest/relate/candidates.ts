/**
 * Candidate pairs with their cosine, without scoring all pairs: the inverted index lists each
 * feature's articles in publication order, and an article reads from each of its strongest
 * features' lists only the entries nearest its own date (news on one event comes within days).
 * The best candidates by that partial score get the full cosine of their kept features.
 */
import { nearestWindow, timeOrder } from './timeWindow.ts'
import { RELATED } from './settings.ts'
import type { StoryVectors } from './storyVectors.ts'

export interface Candidate {
  readonly j: number
  readonly score: number
}

interface Postings {
  readonly start: Int32Array
  readonly docs: Int32Array
  readonly weights: Float32Array
  /** For each vector entry (article, feature), where that article sits in the feature's list. */
  readonly positions: Int32Array
}

function postingsInTimeOrder(vectors: StoryVectors, order: Int32Array): Postings {
  const { ids, vocabularySize } = vectors
  const start = new Int32Array(vocabularySize + 1)
  for (const id of ids) start[id + 1] = (start[id + 1] ?? 0) + 1
  for (let f = 0; f < vocabularySize; f++) start[f + 1] = (start[f + 1] ?? 0) + (start[f] ?? 0)
  const fill = start.slice(0, vocabularySize)
  const docs = new Int32Array(ids.length)
  const weights = new Float32Array(ids.length)
  const positions = new Int32Array(ids.length)
  for (const doc of order) {
    for (let k = vectors.start[doc] ?? 0; k < (vectors.start[doc + 1] ?? 0); k++) {
      const feature = ids[k] ?? 0
      const at = fill[feature] ?? 0
      docs[at] = doc
      weights[at] = vectors.weights[k] ?? 0
      positions[k] = at
      fill[feature] = at + 1
    }
  }
  return { start, docs, weights, positions }
}

/**
 * The best `limit` of `touched` by score (ties by article order), kept in a small sorted array: an
 * article touches up to features × window (4,000) others, and sorting them all for 30 was most of
 * the related phase (100,000 articles: 47 s).
 */
function best(touched: readonly number[], scores: Float64Array, limit: number): number[] {
  const kept: number[] = []
  const before = (a: number, b: number) =>
    (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b)
  for (const j of touched) {
    if (kept.length === limit && !before(j, kept[limit - 1] ?? 0)) continue
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (before(kept[mid] ?? 0, j)) lo = mid + 1
      else hi = mid
    }
    kept.splice(lo, 0, j)
    if (kept.length > limit) kept.pop()
  }
  return kept
}

/** Per article, its candidates with their cosine, best first. */
export function candidatePairs(vectors: StoryVectors, days: ReadonlyArray<number | null>): Candidate[][] {
  const n = vectors.start.length - 1
  const postings = postingsInTimeOrder(
    vectors,
    timeOrder(days.map((d) => (d === null ? null : String(d).padStart(8, '0')))),
  )
  const partial = new Float64Array(n)
  const dense = new Float32Array(vectors.vocabularySize)
  const result: Candidate[][] = []
  for (let i = 0; i < n; i++) {
    const from = vectors.start[i] ?? 0
    const to = vectors.start[i + 1] ?? 0
    const touched: number[] = []
    for (let q = from; q < Math.min(to, from + RELATED.queryFeatures); q++) {
      const feature = vectors.ids[q] ?? 0
      const w = vectors.weights[q] ?? 0
      const [pStart, pEnd] = nearestWindow(
        postings.start[feature] ?? 0,
        postings.start[feature + 1] ?? 0,
        postings.positions[q] ?? 0,
        RELATED.nearestPostings,
      )
      for (let p = pStart; p < pEnd; p++) {
        const j = postings.docs[p] ?? 0
        if (j === i) continue
        if (partial[j] === 0) touched.push(j)
        partial[j] = (partial[j] ?? 0) + w * (postings.weights[p] ?? 0)
      }
    }
    const chosen = best(touched, partial, RELATED.candidates)
    for (const j of touched) partial[j] = 0
    for (let k = from; k < to; k++) dense[vectors.ids[k] ?? 0] = vectors.weights[k] ?? 0
    const scored = chosen.map((j) => {
      let dot = 0
      for (let k = vectors.start[j] ?? 0; k < (vectors.start[j + 1] ?? 0); k++)
        dot += (vectors.weights[k] ?? 0) * (dense[vectors.ids[k] ?? 0] ?? 0)
      return { j, score: Math.round(Math.min(1, dot) * 1000) / 1000 }
    })
    for (let k = from; k < to; k++) dense[vectors.ids[k] ?? 0] = 0
    result.push(scored.sort((a, b) => b.score - a.score || a.j - b.j))
  }
  return result
}
