/**
 * The vectors behind the ingest's similar articles before issue 16 (related.ts), in typed arrays: feature keys interned to
 * numbers once, each article's kept features (strongest first, L2-normalized tf-idf) as flat
 * arrays with offsets, and the inverted index in CSR layout. Each article's full feature list is
 * dropped as soon as its pruned vector is made, so memory follows the kept features only.
 */
import { KIND_LETTERS, type PackedFeatures } from '@/ingest/analyse/articleAnalysis.ts'
import { FEATURE_WEIGHTS, type FeatureKind } from '@/ingest/analyse/articleFeatures.ts'
import type { RelatedInput } from './related.ts'

const KIND_OF_LETTER = new Map(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind as FeatureKind]))

/** The features a reader can be shown as a reason (topics, keywords, names), in article order. */
export interface Reasons {
  readonly ids: Int32Array
  readonly kinds: readonly FeatureKind[]
  readonly displays: readonly string[]
}

/** Feature keys ↔ numbers, and per article its features as numbers with their unweighted strength. */
export class Interned {
  readonly vocabulary: string[] = []
  readonly df: number[] = []
  private readonly ids = new Map<string, number>()

  id(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.vocabulary.length
      this.ids.set(key, id)
      this.vocabulary.push(key)
      this.df.push(0)
    }
    return id
  }
}

function unpack(
  features: PackedFeatures,
  interned: Interned,
): { ids: Int32Array; base: Float64Array; reasons: Reasons } {
  const keys = features.keys.length === 0 ? [] : features.keys.split('\n')
  const ids = new Int32Array(keys.length)
  const base = new Float64Array(keys.length)
  const reasonIds: number[] = []
  const kinds: FeatureKind[] = []
  keys.forEach((key, i) => {
    const id = interned.id(key)
    interned.df[id] = (interned.df[id] ?? 0) + 1
    const kind = KIND_OF_LETTER.get(features.kinds[i] ?? '') ?? 'word'
    ids[i] = id
    base[i] = FEATURE_WEIGHTS[kind] * (1 + Math.log(features.counts[i] ?? 1))
    if (kind !== 'word') {
      reasonIds.push(id)
      kinds.push(kind)
    }
  })
  return { ids, base, reasons: { ids: Int32Array.from(reasonIds), kinds, displays: features.displays } }
}

/** Each article's kept features (strongest first, L2-normalized), as flat arrays with offsets. */
export interface Vectors {
  readonly start: Int32Array
  readonly ids: Int32Array
  readonly weights: Float64Array
}

/** @param maxFeatures features kept per article, the strongest */
export function buildVectors(
  articles: readonly RelatedInput[],
  interned: Interned,
  maxFeatures: number,
): { vectors: Vectors; reasons: Reasons[] } {
  const unpacked: Array<ReturnType<typeof unpack> | undefined> = articles.map((a) => unpack(a.features, interned))
  const n = articles.length
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] ?? 0) + Math.min(maxFeatures, unpacked[i]?.ids.length ?? 0)
  const ids = new Int32Array(start[n] ?? 0)
  const weights = new Float64Array(start[n] ?? 0)
  const reasons: Reasons[] = []
  const { vocabulary, df } = interned
  for (let i = 0; i < n; i++) {
    const features = unpacked[i]
    if (!features) continue
    const weight = features.base.map((b, k) => b * Math.log(1 + n / (df[features.ids[k] ?? 0] ?? 1)))
    const order = Array.from(weight.keys()).sort((a, b) => {
      const byWeight = (weight[b] ?? 0) - (weight[a] ?? 0)
      return byWeight || ((vocabulary[features.ids[a] ?? 0] ?? '') < (vocabulary[features.ids[b] ?? 0] ?? '') ? -1 : 1)
    })
    const kept = order.slice(0, maxFeatures)
    const norm = Math.sqrt(kept.reduce((sum, k) => sum + (weight[k] ?? 0) * (weight[k] ?? 0), 0)) || 1
    let at = start[i] ?? 0
    for (const k of kept) {
      ids[at] = features.ids[k] ?? 0
      weights[at] = (weight[k] ?? 0) / norm
      at++
    }
    reasons.push(features.reasons)
    unpacked[i] = undefined // its full feature list is no longer needed
  }
  return { vectors: { start, ids, weights }, reasons }
}

/** The inverted index, and where each article's own entry sits in each of its features' lists. */
export interface Postings extends Vectors {
  /** For each entry of the vectors (article, feature), the index of that article in the feature's list. */
  readonly positions: Int32Array
}

/**
 * Feature → the articles that kept it, with their weights (CSR layout: this is the hot loop). Each
 * feature's articles are in `order` (a permutation of article numbers; by default article order),
 * so the articles nearest a given one in that order are those around its own entry (`positions`).
 */
export function buildPostings(vectors: Vectors, featureCount: number, order?: Int32Array): Postings {
  const start = new Int32Array(featureCount + 1)
  for (const id of vectors.ids) start[id + 1] = (start[id + 1] ?? 0) + 1
  for (let f = 0; f < featureCount; f++) start[f + 1] = (start[f + 1] ?? 0) + (start[f] ?? 0)
  const fill = start.slice(0, featureCount)
  const docs = new Int32Array(vectors.ids.length)
  const weights = new Float64Array(vectors.ids.length)
  const positions = new Int32Array(vectors.ids.length)
  const n = vectors.start.length - 1
  for (let rank = 0; rank < n; rank++) {
    const doc = order ? (order[rank] ?? 0) : rank
    for (let k = vectors.start[doc] ?? 0; k < (vectors.start[doc + 1] ?? 0); k++) {
      const feature = vectors.ids[k] ?? 0
      const at = fill[feature] ?? 0
      docs[at] = doc
      weights[at] = vectors.weights[k] ?? 0
      positions[k] = at
      fill[feature] = at + 1
    }
  }
  return { start, ids: docs, weights, positions }
}
