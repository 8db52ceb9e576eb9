/**
 * The data contract between the ingest and the app (docs/contract.md).
 * Declared once: the ingest validates what it writes with these schemas, the app validates
 * what it reads with the same ones, and both derive their TypeScript types from them.
 */
import { z } from 'zod/mini'
import { ARTICLE_ID_PATTERN, TOPIC_ID_PATTERN } from './ids.ts'

export { dataPaths } from './dataPaths.ts'

export const SCHEMA_VERSION = 3

// zod/mini: the functional API of zod, tree-shaken to what is used, so the browser bundle carries
// a few KB of validation instead of classic zod's whole method surface.
const count = () => z.int().check(z.minimum(0))
const nonEmptyString = () => z.string().check(z.minLength(1))

export const articleIdSchema = z.string().check(z.regex(ARTICLE_ID_PATTERN))
export const topicIdSchema = z.string().check(z.regex(TOPIC_ID_PATTERN))
const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/** Why two articles are related: what they share, in display form. */
export const relationReasonsSchema = z.object({
  topics: z.array(topicIdSchema),
  keywords: z.array(z.string()),
  names: z.array(z.string()),
})

/**
 * How two articles are related: `same-story` (another outlet's report of the same event),
 * `read-also` (the page linked it), `similar` (related coverage: same people, places, topic),
 * `same-outlet` (the outlet's neighbouring pages, for an article with nothing else).
 */
export const relatedArticleSchema = z.object({
  id: articleIdSchema,
  kind: z.enum(['same-story', 'read-also', 'similar', 'same-outlet']),
  score: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  // Added to the contract's minimum so an article page can list its related articles
  // without fetching each of them.
  title: z.string(),
  publishedAt: z.nullable(isoDateSchema),
  reasons: z.optional(relationReasonsSchema),
  outlet: z.optional(z.nullable(z.string())),
})

/** One report of a story: enough to list who covered it without fetching the article. */
export const storyMemberSchema = z.object({
  id: articleIdSchema,
  title: z.string(),
  outlet: z.nullable(z.string()),
  publishedAt: z.nullable(isoDateSchema),
})

/** The event an article reports, when other articles report it too: its id and every report, oldest first. */
export const storySchema = z.object({
  id: articleIdSchema,
  members: z.array(storyMemberSchema).check(z.minLength(2)),
})

/**
 * Another outlet's copy of the article's text (the same wire copy under its own headline), folded
 * into the article at ingest the way exact duplicates are: who published it, when, and as what.
 */
export const articleCopySchema = z.object({
  title: z.string(),
  outlet: z.nullable(z.string()),
  publishedAt: z.nullable(isoDateSchema),
})

export const articleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: articleIdSchema,
  title: nonEmptyString(),
  publishedAt: z.nullable(isoDateSchema),
  dateline: z.nullable(z.string()),
  outlet: z.nullable(z.string()),
  author: z.nullable(z.string()),
  body: z.array(nonEmptyString()).check(z.minLength(1)),
  keywords: z.array(nonEmptyString()),
  topics: z.array(topicIdSchema),
  related: z.array(relatedArticleSchema),
  /**
   * Where the article was read: its input file, and in it the section (0: the page's main article,
   * 1..: a read-also article) or, for a records file (JSON Lines, JSON array), the record's index.
   */
  source: z.object({ file: z.string(), index: count() }),
  excerpt: z.string(),
  readingMinutes: z.int().check(z.minimum(1)),
  wordCount: count(),
  credit: z.nullable(z.string()),
  disclaimer: z.nullable(z.string()),
  /** For each topic the article carries, the taxonomy terms that matched (so the reader sees why). */
  topicMatches: z.record(z.string(), z.array(z.string())),
  story: z.nullable(storySchema),
  /** Other outlets' near-identical copies folded into this article (relate/nearCopies.ts), oldest first. */
  copies: z.array(articleCopySchema),
})

/**
 * What a feed card needs: a bounded slice of an article. A story is listed once, by its newest
 * report, with the outlets that covered it (`storyOutlets`, distinct, the card's outlet among them).
 */
export const articleSummarySchema = z.extend(
  z.pick(articleSchema, {
    id: true,
    title: true,
    publishedAt: true,
    outlet: true,
    excerpt: true,
    topics: true,
    readingMinutes: true,
  }),
  {
    storyId: z.optional(articleIdSchema),
    storyOutlets: z.optional(z.array(z.string())),
  },
)

export const topicSummarySchema = z.object({
  id: topicIdSchema,
  labels: z.object({ ar: nonEmptyString(), en: nonEmptyString() }),
  count: count(),
  /** The display terms that define the topic, shown on its page. */
  terms: z.array(z.string()),
})

/** A list the feed can show: every article, or one topic's. Paged so the first screen stays small. */
export const feedListSchema = z.object({
  id: z.string(),
  count: count(),
  pageCount: count(),
})

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  articleCount: count(),
  topics: z.array(topicSummarySchema),
  feed: z.object({
    pageSize: z.int().check(z.minimum(1)),
    /** `feed/<list id>/<page>.json`, pages numbered from 1. */
    lists: z.array(feedListSchema),
  }),
  /** The search manifest (core/searchSchema.ts: `search/manifest.json`), when the ingest wrote one. */
  search: z.optional(z.object({ index: z.string(), documentCount: count() })),
})

export const feedPageSchema = z.object({
  list: z.string(),
  page: z.int().check(z.minimum(1)),
  pageCount: z.int().check(z.minimum(1)),
  items: z.array(articleSummarySchema),
})

export const ingestReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  files: z.array(
    z.object({
      file: z.string(),
      status: z.enum(['ok', 'rejected', 'duplicate']),
      articles: z.array(articleIdSchema),
      reason: z.optional(z.string()),
      warnings: z.optional(z.array(z.string())),
      /** A records file (JSON Lines, JSON array): every record's outcome, by its index in the file. */
      records: z.optional(
        z.array(
          z.object({
            index: count(),
            status: z.enum(['ok', 'rejected', 'duplicate']),
            articles: z.array(articleIdSchema),
            reason: z.optional(z.string()),
          }),
        ),
      ),
    }),
  ),
})

export type Article = z.infer<typeof articleSchema>
export type RelatedArticle = z.infer<typeof relatedArticleSchema>
export type RelationReasons = z.infer<typeof relationReasonsSchema>
export type Story = z.infer<typeof storySchema>
export type StoryMember = z.infer<typeof storyMemberSchema>
export type ArticleCopy = z.infer<typeof articleCopySchema>
export type ArticleSummary = z.infer<typeof articleSummarySchema>
export type TopicSummary = z.infer<typeof topicSummarySchema>
export type Manifest = z.infer<typeof manifestSchema>
export type FeedPage = z.infer<typeof feedPageSchema>
export type IngestReport = z.infer<typeof ingestReportSchema>
export type IngestFileEntry = IngestReport['files'][number]
