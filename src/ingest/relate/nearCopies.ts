/**
 * Near-identical copies: the same wire text published by several outlets (a headline changed, a
 * sign-off added, a paragraph cut) is one article, not one per outlet. Found without comparing all
 * pairs, the way the field finds near-duplicate pages (Broder's shingles, MinHash, LSH banding):
 *
 * 1. Each body becomes its set of word 5-shingles (normalized tokens), hashed to 32 bits.
 * 2. A one-permutation MinHash sketch (Li, Owen & Zhang 2012): the shingle hashes fall into
 *    COPIES.bins bins by their top bits, and each bin keeps its smallest hash. Two sketches agree
 *    in a bin with probability the Jaccard similarity of the two sets; one hash per shingle, so
 *    sketching 100,000 articles costs about what tokenizing them does.
 * 3. LSH banding: bins are cut into bands of COPIES.rows; articles whose band is equal land in one
 *    bucket, and only articles sharing a bucket are compared (with 8 rows, pairs of Jaccard 0.8 meet
 *    in one of 8 bands with probability 0.94, pairs of 0.3 with 0.0005).
 * 4. A pair is a copy when the sketches agree in at least COPIES.minJaccard of the bins either
 *    fills, the outlets differ (an outlet's own pages that agree are its own template, and its own
 *    duplicates are folded by content id already), and their dates are at most COPIES.maxDays apart.
 *    Copies join by union–find; each group keeps its earliest report (then the smallest id).
 */
import { tokenize } from '@/core/arabic/tokenize.ts'
import { UnionFind } from './unionFind.ts'

export const COPIES = {
  shingle: 5,
  bins: 64,
  rows: 8,
  minJaccard: 0.8,
  maxDays: 3,
  /** Bodies of fewer shingles are too short to tell wire copy from a shared stock sentence. */
  minShingles: 20,
  /** A bucket holding more articles than this is a template shared by many pages, not one text. */
  maxBucket: 50,
} as const

export interface CopyInput {
  readonly id: string
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly body: readonly string[]
  /** The body's sketch when it was made already (beside the parse: analyse/articleAnalysis.ts). */
  readonly sketch?: Uint32Array | null
}

const EMPTY = 0xffffffff
const BIN_SHIFT = 32 - Math.log2(COPIES.bins)

function fnv(text: string, from = 0x811c9dc5): number {
  let h = from
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

/** A final mix (murmur3's fmix32), so the top bits that pick a bin are as random as the rest. */
function mix(h: number): number {
  let x = h ^ (h >>> 16)
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/** The body's one-permutation MinHash sketch, or null when it is too short to compare. */
export function sketch(body: readonly string[]): Uint32Array | null {
  return sketchOfTokens(body.flatMap((p) => tokenize(p)))
}

/** `sketch` of a body already tokenized (its paragraphs' tokens, in order). */
export function sketchOfTokens(tokens: readonly string[]): Uint32Array | null {
  const words = tokens.map((w) => fnv(w))
  const shingles = words.length - COPIES.shingle + 1
  if (shingles < COPIES.minShingles) return null
  const bins = new Uint32Array(COPIES.bins).fill(EMPTY)
  for (let i = 0; i < shingles; i++) {
    let h = 0x811c9dc5
    for (let k = 0; k < COPIES.shingle; k++) h = Math.imul(h ^ (words[i + k] ?? 0), 0x01000193) >>> 0
    const x = mix(h)
    const bin = x >>> BIN_SHIFT
    const value = x & ((1 << BIN_SHIFT) - 1)
    if (value < (bins[bin] ?? EMPTY)) bins[bin] = value
  }
  return bins
}

/** The share of bins the two sketches agree in, of those either fills (the estimator of one-permutation hashing). */
export function sketchJaccard(a: Uint32Array, b: Uint32Array): number {
  let filled = 0
  let same = 0
  for (let k = 0; k < a.length; k++) {
    const [x, y] = [a[k] ?? EMPTY, b[k] ?? EMPTY]
    if (x === EMPTY && y === EMPTY) continue
    filled++
    if (x === y) same++
  }
  return filled === 0 ? 0 : same / filled
}

const DAY_MS = 86_400_000
const dayOf = (date: string | null) => (date === null ? null : Date.parse(`${date}T00:00:00Z`) / DAY_MS)

export interface CopyGroups {
  /** Kept article id → the ids folded into it (other outlets' copies), oldest first. */
  readonly copies: ReadonlyMap<string, readonly string[]>
  /** Folded article id → the id it was folded into. */
  readonly keptAs: ReadonlyMap<string, string>
}

export function nearCopies(articles: readonly CopyInput[]): CopyGroups {
  const sketches = articles.map((a) => (a.sketch !== undefined ? a.sketch : sketch(a.body)))
  const days = articles.map((a) => dayOf(a.publishedAt))
  const union = new UnionFind(articles.length)
  const compared = new Set<string>()
  for (let band = 0; band < COPIES.bins / COPIES.rows; band++) {
    const buckets = new Map<string, number[]>()
    sketches.forEach((s, i) => {
      if (!s) return
      const rows = s.subarray(band * COPIES.rows, (band + 1) * COPIES.rows)
      if (rows.every((v) => v === EMPTY)) return
      const key = rows.join(',')
      const bucket = buckets.get(key)
      if (bucket) bucket.push(i)
      else buckets.set(key, [i])
    })
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > COPIES.maxBucket) continue
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const [i, j] = [bucket[x] ?? 0, bucket[y] ?? 0]
          const [a, b] = [articles[i], articles[j]]
          const [di, dj] = [days[i], days[j]]
          if (!a || !b || a.outlet === b.outlet || di == null || dj == null) continue
          if (Math.abs(di - dj) > COPIES.maxDays) continue
          const key = `${i} ${j}`
          if (compared.has(key)) continue
          compared.add(key)
          const [si, sj] = [sketches[i], sketches[j]]
          if (si && sj && sketchJaccard(si, sj) >= COPIES.minJaccard) union.union(i, j)
        }
      }
    }
  }
  const groups = new Map<number, number[]>()
  articles.forEach((_, i) => {
    if (union.size(i) < 2) return
    const root = union.find(i)
    const group = groups.get(root)
    if (group) group.push(i)
    else groups.set(root, [i])
  })
  const copies = new Map<string, string[]>()
  const keptAs = new Map<string, string>()
  for (const members of groups.values()) {
    const ordered = members
      .map((i) => ({ id: articles[i]?.id ?? '', day: days[i] ?? Infinity }))
      .sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1))
    const [kept, ...folded] = ordered
    if (!kept) continue
    copies.set(
      kept.id,
      folded.map((f) => f.id),
    )
    for (const f of folded) keptAs.set(f.id, kept.id)
  }
  return { copies, keptAs }
}
