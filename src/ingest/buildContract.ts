/**
 * Parsed pages → the data contract (DESIGN §3): every file the ingest writes, as path → JSON text,
 * each object validated against the shared schema first. Pure: the caller writes the files.
 */
import { z } from 'zod/mini'
import { readingMinutes, wordCount } from '../core/arabic/readingTime.ts'
import { tokenize } from '../core/arabic/tokenize.ts'
import {
  articleSchema,
  dataPaths,
  feedPageSchema,
  ingestReportSchema,
  manifestSchema,
  SCHEMA_VERSION,
  searchIndexFileSchema,
  type Article,
  type IngestReport,
  type RelatedArticle,
} from '../core/schema.ts'
import { assembleCorpus, type CorpusArticle, type PageInput } from './corpus.ts'
import { excerpt } from './excerpt.ts'
import { FEED_PAGE_SIZE, feedLists } from './feed.ts'
import { articleNames } from './names.ts'
import { buildSearchIndex } from './searchIndex.ts'
import { similarArticles, type SimilarLink } from './related.ts'
import { stableJson } from './stableJson.ts'
import { topicTerms, type Taxonomy } from './taxonomy.ts'
import { classifyTopics, prominentHits, termMatcher, type TopicClassification } from './topics.ts'

export interface ContractBuild {
  /** Path inside the data folder → file content, in path order. */
  readonly files: ReadonlyMap<string, string>
  readonly report: IngestReport
  readonly articleCount: number
}

interface Classified extends TopicClassification {
  readonly entry: CorpusArticle
  readonly names: readonly string[]
  readonly titleTokens: readonly string[]
  readonly bodyTokens: readonly string[]
}

/** Validates with a schema, or throws an error that names the file being built. */
function validated<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(`${what} does not match the data contract:\n${z.prettifyError(result.error)}`)
  return result.data
}

function classify(entries: readonly CorpusArticle[], taxonomy: Taxonomy): Classified[] {
  const matcher = termMatcher(taxonomy.termGroups)
  return entries.map((entry) => {
    const { title, body, keywords } = entry.article
    const titleTokens = tokenize(title)
    const bodyTokens = body.flatMap(tokenize)
    const tokens = [...titleTokens, ...bodyTokens, ...keywords.flatMap(tokenize)]
    const mentions = matcher.mentions(tokens)
    const hits = matcher.find(tokens)
    // The lead: title, first paragraph and keywords (which follow the body in `tokens`).
    const leadEnd = titleTokens.length + tokenize(body[0] ?? '').length
    const keywordsStart = titleTokens.length + bodyTokens.length
    const isLead = (at: number) => at < leadEnd || at >= keywordsStart
    const topicHits = prominentHits(mentions, isLead, taxonomy.prominence.minMentions)
    const names = articleNames(taxonomy, hits, tokens, [title, ...body])
    return { entry, ...classifyTopics(taxonomy, topicHits), names, titleTokens, bodyTokens }
  })
}

function relatedOf(item: Classified, similar: readonly SimilarLink[], byId: ReadonlyMap<string, CorpusArticle>): RelatedArticle[] {
  const target = (id: string) => {
    const article = byId.get(id)?.article
    return { title: article?.title ?? '', publishedAt: article?.publishedAt ?? null }
  }
  return [
    ...item.entry.readAlso.map((id): RelatedArticle => ({ id, kind: 'read-also', ...target(id) })),
    ...similar.map((s): RelatedArticle => ({ id: s.id, kind: 'similar', score: s.score, reasons: s.reasons, ...target(s.id) })),
  ]
}

function toArticle(item: Classified, related: RelatedArticle[]): Article {
  const { id, article: a, source } = item.entry
  return validated(
    articleSchema,
    {
      schemaVersion: SCHEMA_VERSION,
      id,
      title: a.title,
      publishedAt: a.publishedAt,
      dateline: a.dateline,
      outlet: a.outlet,
      author: a.author,
      body: a.body,
      keywords: a.keywords,
      topics: item.topics,
      related,
      source,
      excerpt: excerpt(a.body),
      readingMinutes: readingMinutes(a.body),
      wordCount: wordCount(a.body),
      credit: a.credit,
      disclaimer: a.disclaimer,
      topicMatches: item.topicMatches,
    },
    `article ${id} (from ${source.file})`,
  )
}

export function buildContract(pages: readonly PageInput[], taxonomy: Taxonomy, generatedAt: string): ContractBuild {
  const corpus = assembleCorpus(pages)
  const classified = classify(corpus.articles, taxonomy)
  const byId = new Map(corpus.articles.map((a) => [a.id, a]))
  const similar = similarArticles(
    classified.map(({ entry, topics, names, titleTokens, bodyTokens }) => ({
      id: entry.id,
      titleTokens,
      bodyTokens,
      keywords: entry.article.keywords,
      names,
      topics,
      readAlso: new Set(entry.readAlso),
    })),
  )
  const articles = classified.map((item) => toArticle(item, relatedOf(item, similar.get(item.entry.id) ?? [], byId)))

  const files = new Map<string, string>()
  for (const article of articles) files.set(dataPaths.article(article.id), stableJson(article))

  const lists = feedLists(articles, taxonomy.topics.map((t) => t.id))
  for (const list of lists) {
    for (const page of list.pages) {
      files.set(dataPaths.feedPage(list.id, page.page), stableJson(validated(feedPageSchema, page, `feed page ${list.id}/${page.page}`)))
    }
  }
  const topicTermLists = taxonomy.topics.map((topic) => topicTerms(taxonomy, topic))
  const search = validated(searchIndexFileSchema, buildSearchIndex(articles, taxonomy.synonyms, topicTermLists.flat()), 'search index')
  // Compact, not stableJson: MiniSearch's own output, written as it comes (the largest file by far).
  files.set(dataPaths.searchIndex, `${JSON.stringify(search)}\n`)
  const manifest = validated(
    manifestSchema,
    {
      schemaVersion: SCHEMA_VERSION,
      generatedAt,
      articleCount: articles.length,
      topics: taxonomy.topics.map((topic, i) => ({
        id: topic.id,
        labels: topic.labels,
        count: articles.filter((a) => a.topics.includes(topic.id)).length,
        terms: topicTermLists[i] ?? [],
      })),
      feed: { pageSize: FEED_PAGE_SIZE, lists: lists.map(({ id, count, pageCount }) => ({ id, count, pageCount })) },
      search: { index: dataPaths.searchIndex, documentCount: search.documentCount },
    },
    'manifest',
  )
  files.set(dataPaths.manifest, stableJson(manifest))
  const report = validated(ingestReportSchema, { schemaVersion: SCHEMA_VERSION, generatedAt, files: corpus.files }, 'ingest report')
  files.set(dataPaths.report, stableJson(report))

  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), report, articleCount: articles.length }
}
