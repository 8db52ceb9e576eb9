/**
 * The ingest's similar articles before issue 16, kept as a system the related check compares
 * (scripts/relatedcheck/systems.ts). Similar articles, for a corpus of up to ~100,000 articles: never all pairs. Each article becomes
 * an L2-normalized tf-idf vector over its features (articleFeatures.ts), pruned to its strongest
 * features; an inverted index (feature → articles) proposes candidates that share a feature; only
 * those candidates are scored (cosine, 0–1). A link needs a score above the minimum and a reason
 * the reader can see: a shared topic, keyword or name.
 *
 * A common feature (a topic, a capital's name: thousands of articles at 100,000) cannot propose
 * all its articles without making the work quadratic, and skipping it left most articles of a
 * large corpus with no candidate at all. So a long posting list proposes only the articles nearest
 * in publication date: the index lists each feature's articles in time order, and an article takes
 * a fixed-size window of them around its own date. The work per article stays bounded.
 *
 * At scale the work and the memory are in typed arrays (relatedVectors.ts). Arithmetic is done in
 * the same order as the straightforward version, so scores (and the output files) do not depend on it.
 */
import type { RelationReasons } from '@/core/schema.ts'
import { packFeatures, type PackedFeatures } from '@/ingest/analyse/articleAnalysis.ts'
import type { FeatureSource } from '@/ingest/analyse/articleFeatures.ts'
import { nearestWindow, timeOrder } from '@/ingest/relate/timeWindow.ts'
import { buildPostings, buildVectors, Interned, type Reasons } from './relatedVectors.ts'

export interface RelatedCandidate extends FeatureSource {
  readonly id: string
  /** Articles this one already links to as read-also: not repeated as similar. */
  readonly readAlso: ReadonlySet<string>
  readonly publishedAt?: string | null
}

/** An article as the similarity step needs it: its id, packed features, read-also targets and date. */
export interface RelatedInput {
  readonly id: string
  readonly features: PackedFeatures
  readonly readAlso: ReadonlySet<string>
  /** ISO date; undated articles count as the newest (ordered by id among themselves). */
  readonly publishedAt?: string | null
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
  /** A feature shared by more articles than this proposes only the `nearestPostings` of them nearest in time. */
  maxPostings: 500,
  nearestPostings: 50,
  /** Candidates per article scored in full, the best by partial score. */
  maxCandidates: 20,
} as const

/**
 * The best `limit` documents by partial score, without sorting everything touched
 * (ties by document order, which follows the sorted ids).
 */
function topCandidates(touched: readonly number[], scores: Float64Array, limit: number): number[] {
  const top: number[] = []
  const better = (a: number, b: number) =>
    (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b)
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

function sharedReasons(a: Reasons, b: Reasons): RelationReasons {
  const why: RelationReasons = { topics: [], keywords: [], names: [] }
  a.ids.forEach((id, k) => {
    if (!b.ids.includes(id)) return
    const kind = a.kinds[k]
    const list = kind === 'topic' ? why.topics : kind === 'keyword' ? why.keywords : kind === 'name' ? why.names : null
    list?.push(a.displays[k] ?? '')
  })
  return why
}

/** Article id → its similar articles, best first (ties by id). */
export function similarFromFeatures(articles: readonly RelatedInput[]): Map<string, SimilarLink[]> {
  const interned = new Interned()
  const { vectors, reasons } = buildVectors(articles, interned, SIMILARITY.maxFeatures)
  const postings = buildPostings(vectors, interned.vocabulary.length, timeOrder(articles.map((a) => a.publishedAt)))
  const scores = new Float64Array(articles.length)
  /** The candidate's weights by feature, filled for one cosine at a time. */
  const other = new Float64Array(interned.vocabulary.length)
  const result = new Map<string, SimilarLink[]>()

  articles.forEach((article, i) => {
    const from = vectors.start[i] ?? 0
    const to = vectors.start[i + 1] ?? 0
    const touched: number[] = []
    for (let q = from; q < Math.min(to, from + SIMILARITY.maxQueryFeatures); q++) {
      const feature = vectors.ids[q] ?? 0
      const w = vectors.weights[q] ?? 0
      const listStart = postings.start[feature] ?? 0
      const listEnd = postings.start[feature + 1] ?? 0
      const [pStart, pEnd] =
        listEnd - listStart > SIMILARITY.maxPostings
          ? nearestWindow(listStart, listEnd, postings.positions[q] ?? listStart, SIMILARITY.nearestPostings)
          : [listStart, listEnd]
      for (let p = pStart; p < pEnd; p++) {
        const j = postings.ids[p] ?? 0
        if (j === i) continue
        if (scores[j] === 0) touched.push(j)
        scores[j] = (scores[j] ?? 0) + w * (postings.weights[p] ?? 0)
      }
    }
    const candidates = topCandidates(touched, scores, SIMILARITY.maxCandidates)
    for (const j of touched) scores[j] = 0

    const links = candidates.flatMap((j): SimilarLink[] => {
      const candidate = articles[j]
      if (!candidate || candidate.id === article.id || article.readAlso.has(candidate.id)) return []
      const jFrom = vectors.start[j] ?? 0
      const jTo = vectors.start[j + 1] ?? 0
      for (let k = jFrom; k < jTo; k++) other[vectors.ids[k] ?? 0] = vectors.weights[k] ?? 0
      let dot = 0
      for (let k = from; k < to; k++) dot += (vectors.weights[k] ?? 0) * (other[vectors.ids[k] ?? 0] ?? 0)
      for (let k = jFrom; k < jTo; k++) other[vectors.ids[k] ?? 0] = 0
      const score = Math.round(Math.min(1, dot) * 1000) / 1000
      if (score < SIMILARITY.minScore) return []
      const why = sharedReasons(reasons[i] ?? EMPTY_REASONS, reasons[j] ?? EMPTY_REASONS)
      return why.topics.length + why.keywords.length + why.names.length > 0
        ? [{ id: candidate.id, score, reasons: why }]
        : []
    })
    links.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    result.set(article.id, links.slice(0, SIMILARITY.maxLinks))
  })
  return result
}

const EMPTY_REASONS: Reasons = { ids: new Int32Array(0), kinds: [], displays: [] }

/** Article id → its similar articles, best first (ties by id), from token-level sources. */
export function similarArticles(articles: readonly RelatedCandidate[]): Map<string, SimilarLink[]> {
  return similarFromFeatures(
    articles.map((a) => ({ id: a.id, features: packFeatures(a), readAlso: a.readAlso, publishedAt: a.publishedAt })),
  )
}
