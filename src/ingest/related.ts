/**
 * Similar articles, for a corpus of up to ~100,000 articles: never all pairs. Each article becomes
 * an L2-normalized tf-idf vector over its features (articleFeatures.ts), pruned to its strongest
 * features; an inverted index (feature → articles) proposes candidates that share a not-too-common
 * feature; only those candidates are scored (cosine, 0–1). A link needs a score above the minimum
 * and a reason the reader can see: a shared topic, keyword or name.
 */
import type { RelationReasons } from '../core/schema.ts'
import { articleFeatures, FEATURE_WEIGHTS, type Feature, type FeatureSource } from './articleFeatures.ts'

export interface RelatedCandidate extends FeatureSource {
  readonly id: string
  /** Articles this one already links to as read-also: not repeated as similar. */
  readonly readAlso: ReadonlySet<string>
}

export interface SimilarLink {
  readonly id: string
  readonly score: number
  readonly reasons: RelationReasons
}

export const SIMILARITY = {
  /** At most this many similar links per article. */
  maxLinks: 5,
  minScore: 0.05,
  /** Features kept per article (the highest weighted): bounds index size and work per article. */
  maxFeatures: 60,
  /** An article looks for candidates through its strongest features only. */
  maxQueryFeatures: 30,
  /** A feature shared by more articles than this proposes no candidates (it still counts in the score). */
  maxPostings: 500,
  /** Candidates per article scored in full, the best by partial score. */
  maxCandidates: 20,
} as const

interface Vector {
  /** Kept features, strongest first, weights L2-normalized. */
  readonly ranked: ReadonlyArray<readonly [string, number]>
  readonly weights: ReadonlyMap<string, number>
  readonly features: ReadonlyMap<string, Feature>
  /** The features a reader can be shown as a reason (topics, keywords, names), in article order. */
  readonly reasons: ReadonlyArray<readonly [string, Feature]>
}

/** Feature → the articles that kept it, with their weights (parallel arrays: this is the hot loop). */
interface Posting {
  readonly docs: number[]
  readonly weights: number[]
}

function buildVectors(articles: readonly RelatedCandidate[]): Vector[] {
  const raw = articles.map(articleFeatures)
  const df = new Map<string, number>()
  for (const features of raw) for (const key of features.keys()) df.set(key, (df.get(key) ?? 0) + 1)
  const n = articles.length
  return raw.map((features) => {
    const weighted = [...features].map(([key, f]): [string, number] => {
      const idf = Math.log(1 + n / (df.get(key) ?? 1))
      return [key, FEATURE_WEIGHTS[f.kind] * (1 + Math.log(f.count)) * idf]
    })
    const kept = weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SIMILARITY.maxFeatures)
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1
    const ranked = kept.map(([key, w]) => [key, w / norm] as const)
    const reasons = [...features].filter(([, f]) => f.kind !== 'word')
    return { ranked, weights: new Map(ranked), features, reasons }
  })
}

function buildPostings(vectors: readonly Vector[]): Map<string, Posting> {
  const postings = new Map<string, Posting>()
  vectors.forEach((vector, doc) => {
    for (const [key, weight] of vector.ranked) {
      const posting = postings.get(key) ?? { docs: [], weights: [] }
      if (posting.docs.length === 0) postings.set(key, posting)
      posting.docs.push(doc)
      posting.weights.push(weight)
    }
  })
  return postings
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0
  for (const [key, w] of a.ranked) dot += w * (b.weights.get(key) ?? 0)
  return Math.min(1, dot)
}

function reasons(a: Vector, b: Vector): RelationReasons {
  const shared = a.reasons.filter(([key]) => b.features.has(key))
  const displays = (kind: Feature['kind']) => shared.filter(([, f]) => f.kind === kind).map(([, f]) => f.display)
  return { topics: displays('topic'), keywords: displays('keyword'), names: displays('name') }
}

/**
 * The best `limit` documents by partial score, without sorting everything touched
 * (ties by document order, which follows the sorted ids).
 */
function topCandidates(touched: readonly number[], scores: Float64Array, limit: number): number[] {
  const top: number[] = []
  const better = (a: number, b: number) => (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b)
  for (const doc of touched) {
    const last = top[top.length - 1]
    if (top.length >= limit && last !== undefined && !better(doc, last)) continue
    let at = top.length
    while (at > 0 && better(doc, top[at - 1] ?? 0)) at--
    top.splice(at, 0, doc)
    if (top.length > limit) top.pop()
  }
  return top
}

/** Article id → its similar articles, best first (ties by id). */
export function similarArticles(articles: readonly RelatedCandidate[]): Map<string, SimilarLink[]> {
  const vectors = buildVectors(articles)
  const postings = buildPostings(vectors)
  const scores = new Float64Array(articles.length)
  const result = new Map<string, SimilarLink[]>()

  articles.forEach((article, i) => {
    const vector = vectors[i]
    if (!vector) return
    const touched: number[] = []
    for (const [key, w] of vector.ranked.slice(0, SIMILARITY.maxQueryFeatures)) {
      const posting = postings.get(key)
      if (!posting || posting.docs.length > SIMILARITY.maxPostings) continue
      posting.docs.forEach((j, k) => {
        if (j === i) return
        if (scores[j] === 0) touched.push(j)
        scores[j] = (scores[j] ?? 0) + w * (posting.weights[k] ?? 0)
      })
    }
    const candidates = topCandidates(touched, scores, SIMILARITY.maxCandidates)
    for (const j of touched) scores[j] = 0

    const links = candidates.flatMap((j): SimilarLink[] => {
      const other = articles[j]
      const otherVector = vectors[j]
      if (!other || !otherVector || other.id === article.id || article.readAlso.has(other.id)) return []
      const score = Math.round(cosine(vector, otherVector) * 1000) / 1000
      if (score < SIMILARITY.minScore) return []
      const why = reasons(vector, otherVector)
      return why.topics.length + why.keywords.length + why.names.length > 0 ? [{ id: other.id, score, reasons: why }] : []
    })
    links.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    result.set(article.id, links.slice(0, SIMILARITY.maxLinks))
  })
  return result
}
