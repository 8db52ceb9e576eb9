/**
 * What the ingest works out from one article's own text, independent of every other article:
 * topics (with the terms that matched), proper names, the similarity features, the near-copy
 * sketch and the reading time. Pure and
 * per-article, so worker threads can do it while pages are parsed (see run/parsePool.ts); only the
 * corpus-wide steps (ids folding copies, related articles, feeds) wait for every page.
 */
import { readingFigures, type ReadingFigures } from '@/core/arabic/readingTime.ts'
import { tokenize } from '@/core/arabic/tokenize.ts'
import { excerpt } from '../assemble/excerpt.ts'
import { sketchOfTokens } from '../relate/nearCopies.ts'
import { articleFeatures, type FeatureKind, type FeatureSource } from './articleFeatures.ts'
import { articleNames } from './names.ts'
import type { Taxonomy } from './taxonomy.ts'
import { classifyTopics, prominentHits, termMatcher, type TermMatcher } from './topics.ts'

/** The text an analysis depends on: the same text gives the same analysis. */
export interface AnalysedText {
  readonly title: string
  readonly body: readonly string[]
  readonly keywords: readonly string[]
}

/** An article's features, packed for cheap transfer between threads (parallel arrays, keys joined). */
export interface PackedFeatures {
  /** Feature keys (`kind:normalized`), joined with `\n` (keys are made of word characters, spaces, `:` and `-`). */
  readonly keys: string
  readonly counts: readonly number[]
  /** One letter per feature: w(ord), k(eyword), n(ame), t(opic). */
  readonly kinds: string
  /** Display forms of the non-word features, in feature order (words are never shown as reasons). */
  readonly displays: readonly string[]
}

export interface ArticleAnalysis {
  readonly topics: string[]
  readonly topicMatches: Record<string, string[]>
  readonly names: readonly string[]
  /** Needed only to relate articles: set to null once that is done (a few kilobytes per article, 100,000 articles). */
  features: PackedFeatures | null
  /** The body's near-copy sketch (relate/nearCopies.ts), null when the body is too short to compare. */
  readonly copySketch: Uint32Array | null
  readonly reading: ReadingFigures
  /** The feed card's excerpt (assemble/excerpt.ts). */
  readonly excerpt: string
}

export interface AnalysisTools {
  readonly taxonomy: Taxonomy
  readonly matcher: TermMatcher
}

export function analysisTools(taxonomy: Taxonomy): AnalysisTools {
  return { taxonomy, matcher: termMatcher(taxonomy.termGroups) }
}

export const KIND_LETTERS: Readonly<Record<FeatureKind, string>> = { word: 'w', keyword: 'k', name: 'n', topic: 't' }

/** An article's title and paragraphs as tokens (core tokenize), made once for its id and its analysis. */
export interface ArticleTokens {
  readonly title: readonly string[]
  readonly paragraphs: ReadonlyArray<readonly string[]>
}

export function articleTokens({ title, body }: Pick<AnalysedText, 'title' | 'body'>): ArticleTokens {
  return { title: tokenize(title), paragraphs: body.map(tokenize) }
}

export function analyzeArticle(
  { taxonomy, matcher }: AnalysisTools,
  { title, body, keywords }: AnalysedText,
  { title: titleTokens, paragraphs: paragraphTokens }: ArticleTokens = articleTokens({ title, body }),
): ArticleAnalysis {
  const bodyTokens = paragraphTokens.flat()
  const tokens = [...titleTokens, ...bodyTokens, ...keywords.flatMap(tokenize)]
  const mentions = matcher.mentions(tokens)
  // What matcher.find returns, without matching the tokens a second time.
  const hits = [
    ...new Map(mentions.map(({ group, display }) => [`${group}\u0000${display}`, { group, display }])).values(),
  ]
  // The lead: title, first paragraph and keywords (which follow the body in `tokens`).
  const leadEnd = titleTokens.length + (paragraphTokens[0]?.length ?? 0)
  const keywordsStart = titleTokens.length + bodyTokens.length
  const isLead = (at: number) => at < leadEnd || at >= keywordsStart
  const topicHits = prominentHits(mentions, isLead, taxonomy.prominence.minMentions)
  const names = articleNames(taxonomy, hits, tokens, [title, ...body])
  const { topics, topicMatches } = classifyTopics(taxonomy, topicHits)

  return {
    topics,
    topicMatches,
    names,
    features: packFeatures({ titleTokens, bodyTokens, keywords, names, topics }),
    copySketch: sketchOfTokens(bodyTokens),
    reading: readingFigures(body),
    excerpt: excerpt(body),
  }
}

/** An article's similarity features (articleFeatures.ts), packed. */
export function packFeatures(source: FeatureSource): PackedFeatures {
  const features = articleFeatures(source)
  const counts: number[] = []
  const displays: string[] = []
  let kinds = ''
  for (const feature of features.values()) {
    counts.push(feature.count)
    kinds += KIND_LETTERS[feature.kind]
    if (feature.kind !== 'word') displays.push(feature.display)
  }
  return { keys: [...features.keys()].join('\n'), counts, kinds, displays }
}
