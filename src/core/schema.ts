/**
 * The data contract between the ingest and the app (DESIGN §3).
 * Declared once: the ingest validates what it writes with these schemas, the app validates
 * what it reads with the same ones, and both derive their TypeScript types from them.
 */
import { z } from 'zod'

export const SCHEMA_VERSION = 1

export const articleIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/)
export const topicIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/)
const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** Why two articles are related: what they share, in display form. */
export const relationReasonsSchema = z.object({
  topics: z.array(topicIdSchema),
  keywords: z.array(z.string()),
  names: z.array(z.string()),
})

export const relatedArticleSchema = z.object({
  id: articleIdSchema,
  kind: z.enum(['read-also', 'similar']),
  score: z.number().min(0).max(1).optional(),
  // Added to the contract's minimum so an article page can list its related articles
  // without fetching each of them.
  title: z.string(),
  publishedAt: isoDateSchema.nullable(),
  reasons: relationReasonsSchema.optional(),
})

export const articleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: articleIdSchema,
  title: z.string().min(1),
  publishedAt: isoDateSchema.nullable(),
  dateline: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  body: z.array(z.string().min(1)).min(1),
  keywords: z.array(z.string().min(1)),
  topics: z.array(topicIdSchema),
  related: z.array(relatedArticleSchema),
  source: z.object({ file: z.string(), index: z.number().int().min(0) }),
  excerpt: z.string(),
  readingMinutes: z.number().int().min(1),
  wordCount: z.number().int().min(0),
  credit: z.string().nullable(),
  disclaimer: z.string().nullable(),
  /** For each topic the article carries, the taxonomy terms that matched (so the reader sees why). */
  topicMatches: z.record(z.string(), z.array(z.string())),
})

/** What a feed card needs: a bounded slice of an article. */
export const articleSummarySchema = articleSchema.pick({
  id: true,
  title: true,
  publishedAt: true,
  outlet: true,
  excerpt: true,
  topics: true,
  readingMinutes: true,
})

export const topicSummarySchema = z.object({
  id: topicIdSchema,
  labels: z.object({ ar: z.string().min(1), en: z.string().min(1) }),
  count: z.number().int().min(0),
  /** The display terms that define the topic, shown on its page. */
  terms: z.array(z.string()),
})

/** A list the feed can show: every article, or one topic's. Paged so the first screen stays small. */
export const feedListSchema = z.object({
  id: z.string(),
  count: z.number().int().min(0),
  pageCount: z.number().int().min(0),
})

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  articleCount: z.number().int().min(0),
  topics: z.array(topicSummarySchema),
  feed: z.object({
    pageSize: z.number().int().min(1),
    /** `feed/<list id>/<page>.json`, pages numbered from 1. */
    lists: z.array(feedListSchema),
  }),
  /** The search manifest (core/searchSchema.ts: `search/manifest.json`), when the ingest wrote one. */
  search: z.object({ index: z.string(), documentCount: z.number().int().min(0) }).optional(),
})

export const feedPageSchema = z.object({
  list: z.string(),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
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
      reason: z.string().optional(),
      warnings: z.array(z.string()).optional(),
    }),
  ),
})

export type Article = z.infer<typeof articleSchema>
export type RelatedArticle = z.infer<typeof relatedArticleSchema>
export type RelationReasons = z.infer<typeof relationReasonsSchema>
export type ArticleSummary = z.infer<typeof articleSummarySchema>
export type TopicSummary = z.infer<typeof topicSummarySchema>
export type Manifest = z.infer<typeof manifestSchema>
export type FeedPage = z.infer<typeof feedPageSchema>
export type IngestReport = z.infer<typeof ingestReportSchema>
export type IngestFileEntry = IngestReport['files'][number]

/** The data folder's layout, shared so the writer and the reader agree on every path. */
export const dataPaths = {
  manifest: 'manifest.json',
  report: 'ingest-report.json',
  article: (id: string) => `articles/${id}.json`,
  feedPage: (list: string, page: number) => `feed/${list}/${page}.json`,
  allList: 'all',
} as const
