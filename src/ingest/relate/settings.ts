/**
 * The settings of stories and related coverage (docs/related.md), in one place so the stages
 * (candidates.ts, storyJoin.ts, relateArticles.ts) and the check (scripts/relatedcheck/tune.ts)
 * read the same values.
 */
import { VECTOR_LIMITS } from './storyVectors.ts'

export const STORY = {
  minCosine: 0.3,
  maxDays: 2,
  /** A pair joins only when each is among the other's closest few (mutual nearest neighbours)… */
  mutualRank: 5,
  /** …and never past this many members: chains of loosely similar pages are not one event. */
  maxMembers: 30,
  /**
   * Average linkage: a chain of pairs, each close to the next, is one story only if its members
   * are close on average (0.25 over the cosines known; a pair outside each other's candidates counts 0)…
   */
  minMeanCosine: 0.25,
  /** …and spans at most this many days. */
  maxSpanDays: 2,
  /**
   * A day apart costs this much cosine: a series (the daily gold price, a second shell on the same
   * town) repeats its words day after day, while one event told a day later stays close to the
   * first report (0.3 the same day, 0.4 the next, 0.5 two days on).
   */
  cosinePerDay: 0.1,
  /** An outlet tells an event once and then follows it up: two of its reports need this much more. */
  sameOutletCosine: 0.2,
} as const
export const RELATED = {
  maxSimilar: 5,
  minScore: 0.05,
  /** Related coverage of another story shares a distinctive name, keyword or number (StoryVectors.anchors). */
  needsAnchor: true,
  queryFeatures: 40,
  /** Entries taken from each feature's list around the article's own date. */
  nearestPostings: 100,
  candidates: 30,
} as const

/** What the check may vary (scripts/relatedcheck/tune.ts); the ingest uses the defaults. */
export interface RelateTuning {
  readonly minScore: number
  readonly needsAnchor: boolean
  readonly anchorMaxShare: number
  readonly storyMinCosine?: number
  readonly storyMaxMembers?: number
  /** Two reports join a story only when they share an anchor too. */
  readonly storyNeedsAnchor?: boolean
  /** Two groups join only when their members' mean cosine across the join reaches this. */
  readonly storyMeanCosine?: number
  /** A story's first and last report are at most this many days apart. */
  readonly storySpanDays?: number
  /** Reports a day apart need this much more cosine to join than reports of the same day. */
  readonly storyCosinePerDay?: number
  /** Two reports of one outlet need this much more cosine: an outlet tells an event once, then follows it up. */
  readonly storySameOutletCosine?: number
}

export const DEFAULT_TUNING: RelateTuning = {
  minScore: RELATED.minScore,
  needsAnchor: RELATED.needsAnchor,
  anchorMaxShare: VECTOR_LIMITS.anchorMaxShare,
  storyMinCosine: STORY.minCosine,
  storyMaxMembers: STORY.maxMembers,
  storyNeedsAnchor: false,
  storyMeanCosine: STORY.minMeanCosine,
  storySpanDays: STORY.maxSpanDays,
  storyCosinePerDay: STORY.cosinePerDay,
  storySameOutletCosine: STORY.sameOutletCosine,
}
