/**
 * The plain baseline: tf-idf cosine over normalized, stemmed words (stopwords dropped), nothing
 * else — no names, no dates, no outlets. Candidates come from an inverted index queried with the
 * document's 40 strongest terms found in at most 5% of articles (a term in more adds little to a
 * cosine and would make the work quadratic); the best 50 by that partial score are scored in full.
 */
import { stem } from '@/core/arabic/stem.ts'
import { tokenize } from '@/core/arabic/tokenize.ts'
import { STOPWORDS } from '@/ingest/analyse/articleFeatures.ts'
import { normalize } from '@/core/arabic/normalize.ts'

const STOP = new Set(STOPWORDS.map((w) => normalize(w)))
const MAX_DF_SHARE = 0.05
const CANDIDATES = 50
const QUERY_TERMS = 40

export interface TfidfDoc {
  readonly id: string
  readonly text: string
}

export interface TfidfModel {
  /** Each document's terms → weight, L2-normalized. */
  readonly vectors: ReadonlyArray<ReadonlyMap<string, number>>
  /** The document's strongest terms, best first: its search words. */
  topTerms(doc: number, k: number): string[]
}

export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((t) => (t.length >= 3 && !STOP.has(t) && !/^\d+$/u.test(t) ? [stem(t)] : []))
}

export function tfidfModel(docs: readonly TfidfDoc[]): TfidfModel {
  const counts = docs.map((d) => {
    const c = new Map<string, number>()
    for (const t of termsOf(d.text)) c.set(t, (c.get(t) ?? 0) + 1)
    return c
  })
  const df = new Map<string, number>()
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const n = docs.length
  const vectors = counts.map((c) => {
    const v = new Map<string, number>()
    let norm = 0
    for (const [t, tf] of c) {
      const w = tf * Math.log(n / (df.get(t) ?? 1))
      v.set(t, w)
      norm += w * w
    }
    norm = Math.sqrt(norm) || 1
    for (const [t, w] of v) v.set(t, w / norm)
    return v
  })
  return {
    vectors,
    topTerms: (doc, k) =>
      [...(vectors[doc] ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([t]) => t),
  }
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0)
  return dot
}

/** Document index → its `limit` most similar documents (indexes), best first, cosine > 0. */
export function tfidfNeighbours(model: TfidfModel, limit: number): number[][] {
  const { vectors } = model
  const postings = new Map<string, { docs: number[]; weights: number[] }>()
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      let list = postings.get(t)
      if (!list) postings.set(t, (list = { docs: [], weights: [] }))
      list.docs.push(i)
      list.weights.push(w)
    }
  })
  const maxDf = Math.max(2, Math.floor(vectors.length * MAX_DF_SHARE))
  const partial = new Float64Array(vectors.length)
  return vectors.map((v, i) => {
    const touched: number[] = []
    const query = [...v].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS)
    for (const [t, w] of query) {
      const list = postings.get(t)
      if (!list || list.docs.length > maxDf) continue
      for (let k = 0; k < list.docs.length; k++) {
        const j = list.docs[k] ?? 0
        if (j === i) continue
        if (partial[j] === 0) touched.push(j)
        partial[j] = (partial[j] ?? 0) + w * (list.weights[k] ?? 0)
      }
    }
    const best = bestBy(touched, partial, CANDIDATES)
    for (const j of touched) partial[j] = 0
    return best
      .map((j) => ({ j, score: cosine(v, vectors[j] ?? new Map()) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.j - b.j)
      .slice(0, limit)
      .map((c) => c.j)
  })
}

/** The `k` items of the highest score, without sorting all of them. */
function bestBy(items: readonly number[], score: Float64Array, k: number): number[] {
  if (items.length <= k) return [...items]
  const values = Float64Array.from(items, (j) => score[j] ?? 0).sort()
  const cut = values[values.length - k] ?? 0
  return items.filter((j) => (score[j] ?? 0) >= cut).slice(0, k * 2)
}
