/**
 * Which candidate pairs make one story (docs/related.md, "Same story"): pairs of reports close
 * enough for their distance in days and outlets, each among the other's nearest few, joined
 * strongest first — and a join of two groups kept only while the joined story stays close on
 * average and within its span of days, so a chain of loosely similar pages is not one event.
 */
import type { Candidate } from './candidates.ts'
import { STORY, type RelateTuning } from './settings.ts'
import { UnionFind } from './unionFind.ts'

interface Pair {
  readonly i: number
  readonly j: number
  readonly score: number
}

/** Whether two sorted id lists have an id in common. */
export function intersects(a: Int32Array | undefined, b: Int32Array | undefined): boolean {
  if (!a || !b) return false
  let x = 0
  let y = 0
  while (x < a.length && y < b.length) {
    const p = a[x] ?? 0
    const q = b[y] ?? 0
    if (p === q) return true
    if (p < q) x++
    else y++
  }
  return false
}

function storyPairs(
  scored: readonly (readonly Candidate[])[],
  days: ReadonlyArray<number | null>,
  outlets: ReadonlyArray<string | null>,
  anchors: ReadonlyArray<Int32Array | undefined>,
  tuning: RelateTuning,
): Pair[] {
  const close = scored.map((list) => new Set(list.slice(0, STORY.mutualRank).map((c) => c.j)))
  const needed = (i: number, j: number, apart: number) =>
    (tuning.storyMinCosine ?? STORY.minCosine) +
    apart * (tuning.storyCosinePerDay ?? STORY.cosinePerDay) +
    (outlets[i] === outlets[j] ? (tuning.storySameOutletCosine ?? STORY.sameOutletCosine) : 0)
  return scored.flatMap((list, i) =>
    list
      .slice(0, STORY.mutualRank)
      .filter(({ j, score }) => {
        const [di, dj] = [days[i], days[j]]
        if (i >= j || di == null || dj == null || !close[j]?.has(i)) return false
        const apart = Math.abs(di - dj)
        return (
          apart <= STORY.maxDays &&
          score >= needed(i, j, apart) &&
          (!tuning.storyNeedsAnchor || intersects(anchors[i], anchors[j]))
        )
      })
      .map(({ j, score }) => ({ i, j, score })),
  )
}

/** The stories as disjoint sets over the articles' indexes. */
export function joinStories(
  scored: readonly (readonly Candidate[])[],
  days: ReadonlyArray<number | null>,
  outlets: ReadonlyArray<string | null>,
  anchors: ReadonlyArray<Int32Array | undefined>,
  tuning: RelateTuning,
): UnionFind {
  const pairs = storyPairs(scored, days, outlets, anchors, tuning)
  // Strongest pairs first, so a story is made of its closest copies before any looser rewrite joins.
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)
  // Looked up only for the few articles a join involves: most articles join nothing.
  const cosine: Array<Map<number, number> | undefined> = []
  const cosineOf = (a: number) => (cosine[a] ??= new Map((scored[a] ?? []).map(({ j, score }) => [j, score])))
  // A pair outside each other's candidates counts 0: it was not close enough to be scored.
  const pairCosine = (a: number, b: number) => cosineOf(a).get(b) ?? cosineOf(b).get(a) ?? 0
  const meanCosine = tuning.storyMeanCosine ?? STORY.minMeanCosine
  const spanDays = tuning.storySpanDays ?? STORY.maxSpanDays
  const maxMembers = tuning.storyMaxMembers ?? STORY.maxMembers
  const joinable = (a: readonly number[], b: readonly number[]) => {
    if (a.length + b.length > maxMembers) return false
    let sum = 0
    for (const x of a) for (const y of b) sum += pairCosine(x, y)
    const all = [...a, ...b].map((m) => days[m] ?? 0)
    return sum / (a.length * b.length) >= meanCosine && Math.max(...all) - Math.min(...all) <= spanDays
  }
  const union = new UnionFind(scored.length)
  const members = new Map<number, number[]>()
  const membersOf = (i: number) => members.get(union.find(i)) ?? [i]
  for (const { i, j } of pairs) {
    if (union.find(i) === union.find(j)) continue
    const [a, b] = [membersOf(i), membersOf(j)]
    if (!joinable(a, b)) continue
    members.delete(union.find(i))
    members.delete(union.find(j))
    union.union(i, j)
    members.set(union.find(i), [...a, ...b])
  }
  return union
}
