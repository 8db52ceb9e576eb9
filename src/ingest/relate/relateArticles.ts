/**
 * Stories and related coverage, near-linear in the number of articles (never all pairs):
 *
 * 1. Candidates: an inverted index over each article's kept features (storyVectors.ts), each
 *    feature's articles in publication order; an article queries with its strongest features and
 *    takes from each list only the entries nearest its own date. The best candidates by that
 *    partial score get their full cosine.
 * 2. Same story (storyJoin.ts): two articles within STORY.maxDays of each other, each among the
 *    other's nearest few, whose cosine reaches STORY.minCosine — more for each day apart and for
 *    two reports of one outlet — report one event. Stories are the groups such pairs join
 *    (strongest pairs first), a join kept only while the story stays close on average and within
 *    STORY.maxSpanDays, so wire copy rewritten by three outlets joins while a series does not.
 * 3. Context: the other candidates above RELATED.minScore that share a shown reason (a keyword,
 *    name or topic that is not site furniture), the best few, shown newest first.
 * 4. Somewhere to go next: an article with neither gets its outlet's neighbours by date.
 */
import type { RelationReasons } from '@/core/schema.ts'
import type { PackedFeatures } from '../analyse/articleAnalysis.ts'
import { buildStoryVectors, type StoryVectors } from './storyVectors.ts'
import { DEFAULT_TUNING, RELATED, type RelateTuning } from './settings.ts'
import { candidatePairs } from './candidates.ts'
import { outletNeighbours } from './outletNeighbours.ts'
import { intersects, joinStories } from './storyJoin.ts'

export interface RelateInput {
  readonly id: string
  readonly features: PackedFeatures
  readonly outlet: string | null
  /** ISO date; undated articles join no story. */
  readonly publishedAt: string | null
  /** Already linked as read-also: not repeated as similar. */
  readonly readAlso: ReadonlySet<string>
}

export interface ScoredLink {
  readonly id: string
  readonly score: number
}

export interface ContextLink extends ScoredLink {
  readonly reasons: RelationReasons
}

export interface Relations {
  /** Article id → its story id (the id of the story's first member by date, then id); lone articles have none. */
  readonly storyOf: ReadonlyMap<string, string>
  /** Story id → member ids, oldest first. */
  readonly stories: ReadonlyMap<string, readonly string[]>
  /** Article id → the other members of its story, most similar first. */
  readonly sameStory: ReadonlyMap<string, readonly ScoredLink[]>
  /** Article id → related coverage, newest first. */
  readonly similar: ReadonlyMap<string, readonly ContextLink[]>
  /** Article id → its outlet's neighbours by date, for articles with nothing else. */
  readonly outletNext: ReadonlyMap<string, readonly string[]>
}

const DAY_MS = 86_400_000
const dayOf = (date: string | null) => (date === null ? null : Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS))

function shared(vectors: StoryVectors, i: number, j: number): RelationReasons {
  const a = vectors.reasons[i]
  const b = vectors.reasons[j]
  const why: RelationReasons = { topics: [], keywords: [], names: [] }
  if (!a || !b) return why
  const theirs = new Set(b.ids)
  a.ids.forEach((id, k) => {
    if (!theirs.has(id)) return
    const kind = a.kinds[k]
    const list = kind === 't' ? why.topics : kind === 'k' ? why.keywords : kind === 'n' ? why.names : null
    list?.push(a.displays[k] ?? '')
  })
  return why
}

export function relateArticles(articles: readonly RelateInput[], tuning: RelateTuning = DEFAULT_TUNING): Relations {
  const vectors = buildStoryVectors(articles, tuning.anchorMaxShare)
  const days = articles.map((a) => dayOf(a.publishedAt))
  const scored = candidatePairs(vectors, days)
  const union = joinStories(
    scored,
    days,
    articles.map((a) => a.outlet),
    vectors.anchors,
    tuning,
  )
  const groups = new Map<number, number[]>()
  articles.forEach((_, i) => {
    const root = union.find(i)
    const group = groups.get(root)
    if (group) group.push(i)
    else groups.set(root, [i])
  })
  const storyOf = new Map<string, string>()
  const stories = new Map<string, string[]>()
  const memberOf = new Int32Array(articles.length).fill(-1)
  for (const members of groups.values()) {
    if (members.length < 2) continue
    const ordered = members.sort(
      (a, b) => (days[a] ?? 0) - (days[b] ?? 0) || ((articles[a]?.id ?? '') < (articles[b]?.id ?? '') ? -1 : 1),
    )
    const storyId = articles[ordered[0] ?? 0]?.id ?? ''
    stories.set(
      storyId,
      ordered.map((m) => articles[m]?.id ?? ''),
    )
    for (const m of ordered) {
      storyOf.set(articles[m]?.id ?? '', storyId)
      memberOf[m] = ordered[0] ?? m
    }
  }
  const indexById = new Map(articles.map((a, i) => [a.id, i]))
  const sameStory = new Map<string, ScoredLink[]>()
  const similar = new Map<string, ContextLink[]>()
  articles.forEach((article, i) => {
    const inStory = (j: number) => memberOf[i] !== -1 && memberOf[i] === memberOf[j]
    const list = scored[i] ?? []
    const storyId = storyOf.get(article.id)
    const mates: ScoredLink[] = []
    if (storyId) {
      const known = new Map(list.map(({ j, score }) => [j, score]))
      for (const id of stories.get(storyId) ?? [])
        if (id !== article.id) mates.push({ id, score: known.get(indexById.get(id) ?? -1) ?? 0 })
    }
    sameStory.set(
      article.id,
      mates.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)),
    )
    // The first RELATED.maxSimilar candidates (best first) that pass and share a shown reason:
    // reasons are read only until the list is full (at 100,000 articles, reading them for every
    // candidate was a sixth of the related phase).
    const context: Array<ContextLink & { readonly j: number }> = []
    for (const { j, score } of list) {
      if (context.length === RELATED.maxSimilar) break
      if (inStory(j) || score < tuning.minScore || article.readAlso.has(articles[j]?.id ?? '')) continue
      if (tuning.needsAnchor && !intersects(vectors.anchors[i], vectors.anchors[j])) continue
      const reasons = shared(vectors, i, j)
      if (reasons.topics.length + reasons.keywords.length + reasons.names.length === 0) continue
      context.push({ j, id: articles[j]?.id ?? '', score, reasons })
    }
    context.sort(
      (a, b) => (days[b.j] ?? -Infinity) - (days[a.j] ?? -Infinity) || b.score - a.score || (a.id < b.id ? -1 : 1),
    )
    similar.set(
      article.id,
      context.map(({ id, score, reasons }) => ({ id, score, reasons })),
    )
  })
  const lonely = articles.filter(
    (a) => (sameStory.get(a.id)?.length ?? 0) + (similar.get(a.id)?.length ?? 0) + a.readAlso.size === 0,
  )
  return {
    storyOf,
    stories,
    sameStory,
    similar,
    outletNext: outletNeighbours(articles, new Set(lonely.map((a) => a.id))),
  }
}
