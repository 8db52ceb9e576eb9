/**
 * Parsed pages → the data contract (docs/contract.md): every file the ingest writes, as path → JSON text,
 * each object validated against the shared schema first. Pure: the caller writes the files.
 *
 * `contractFiles` yields the files one at a time (articles first, as they are made) so a run over
 * 100,000 articles writes each file and lets it go instead of holding every file's text at once;
 * `buildContract` collects them, for tests and small inputs.
 */
import { z } from 'zod/mini'
import {
  articleSchema,
  dataPaths,
  feedPageSchema,
  ingestReportSchema,
  manifestSchema,
  SCHEMA_VERSION,
  type Article,
  type IngestReport,
  type RelatedArticle,
  type Story,
} from '@/core/schema.ts'
import { analysisTools, analyzeArticle, type ArticleAnalysis, type PackedFeatures } from '../analyse/articleAnalysis.ts'
import { assembleCorpus, type CorpusArticle, type PageInput } from './corpus.ts'
import { FEED_PAGE_SIZE, feedLists } from './feed.ts'
import { NO_TIMER, type PhaseTimer } from '../run/phaseTimer.ts'
import { SearchIndexBuilder, searchOrder, type SearchIndexSink, type SearchSource } from '../search/searchIndex.ts'
import { foldNearCopies, type FoldedCopies } from '../relate/foldCopies.ts'
import { relateArticles, type Relations } from '../relate/relateArticles.ts'
import { stableJson } from './stableJson.ts'
import { topicTerms, type Taxonomy } from '../analyse/taxonomy.ts'
import { topicCounts } from '../analyse/topics.ts'

export interface ContractBuild {
  /** Path inside the data folder → file content, in path order. */
  readonly files: ReadonlyMap<string, string>
  readonly report: IngestReport
  readonly articleCount: number
}

/** What a streamed build tells its caller once every file has been yielded. */
export interface ContractSummary {
  report?: IngestReport
  articleCount?: number
}

const NO_FEATURES: PackedFeatures = { keys: '', counts: [], kinds: '', displays: [] }

interface Analysed {
  readonly entry: CorpusArticle
  readonly analysis: ArticleAnalysis
}

/** Validates with a schema, or throws an error that names the file being built. */
function validated<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(`${what} does not match the data contract:\n${z.prettifyError(result.error)}`)
  return result.data
}

/** Every article's analysis: the one made beside the parse when it still holds, else made now. */
function analyse(entries: readonly CorpusArticle[], taxonomy: Taxonomy): Analysed[] {
  let tools: ReturnType<typeof analysisTools> | undefined
  // An analysis whose features a previous build released is made again.
  return entries.map((entry) => ({
    entry,
    analysis: entry.analysis?.features
      ? entry.analysis
      : analyzeArticle((tools ??= analysisTools(taxonomy)), entry.article),
  }))
}

/** Article files built between two yields: the writer thread takes files in batches of this size too. */
const ARTICLE_BATCH = 64

/** Makes where the search index is built, for a run of `articleCount` articles. */
export type SearchIndexFactory = (synonyms: Taxonomy['synonyms'], articleCount: number) => SearchIndexSink

/** What the search index reads of an article: the same values its article file gets (toArticle). */
function searchSource({ entry, analysis }: Analysed): SearchSource {
  const { title, publishedAt, outlet, body, keywords, dateline, author } = entry.article
  return {
    id: entry.id,
    title,
    publishedAt,
    outlet,
    excerpt: analysis.excerpt,
    topics: analysis.topics,
    readingMinutes: analysis.reading.minutes,
    body,
    keywords,
    dateline,
    author,
  }
}

/** How many reports of one story an article lists (a story is capped at 30 members; see relate/). */
const STORY_MEMBERS_SHOWN = 30

function relatedOf(item: Analysed, relations: Relations, byId: ReadonlyMap<string, CorpusArticle>): RelatedArticle[] {
  const target = (id: string) => {
    const article = byId.get(id)?.article
    return { title: article?.title ?? '', publishedAt: article?.publishedAt ?? null }
  }
  const id = item.entry.id
  return [
    ...(relations.sameStory.get(id) ?? []).map((s): RelatedArticle => ({
      id: s.id,
      kind: 'same-story',
      score: s.score,
      outlet: byId.get(s.id)?.article.outlet ?? null,
      ...target(s.id),
    })),
    ...item.entry.readAlso.map((to): RelatedArticle => ({ id: to, kind: 'read-also', ...target(to) })),
    ...(relations.similar.get(id) ?? []).map((s): RelatedArticle => ({
      id: s.id,
      kind: 'similar',
      score: s.score,
      reasons: s.reasons,
      ...target(s.id),
    })),
    ...(relations.outletNext.get(id) ?? []).map((to): RelatedArticle => ({
      id: to,
      kind: 'same-outlet',
      ...target(to),
    })),
  ]
}

function storyOf(id: string, relations: Relations, byId: ReadonlyMap<string, CorpusArticle>): Story | null {
  const storyId = relations.storyOf.get(id)
  const members = storyId === undefined ? [] : (relations.stories.get(storyId) ?? [])
  if (storyId === undefined || members.length < 2) return null
  return {
    id: storyId,
    members: members.slice(0, STORY_MEMBERS_SHOWN).map((m) => {
      const a = byId.get(m)?.article
      return { id: m, title: a?.title ?? '', outlet: a?.outlet ?? null, publishedAt: a?.publishedAt ?? null }
    }),
  }
}

function toArticle(item: Analysed, related: RelatedArticle[], story: Story | null, folded: FoldedCopies): Article {
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
      topics: item.analysis.topics,
      related,
      source,
      excerpt: item.analysis.excerpt,
      readingMinutes: item.analysis.reading.minutes,
      wordCount: item.analysis.reading.words,
      credit: a.credit,
      disclaimer: a.disclaimer,
      topicMatches: item.analysis.topicMatches,
      story,
      copies: folded.copiesOf(id),
    },
    `article ${id} (from ${source.file})`,
  )
}

/** The contract's files, articles first; `summary` is filled in once the last file is yielded. */
export function* contractFiles(
  pages: readonly PageInput[],
  taxonomy: Taxonomy,
  generatedAt: string,
  summary: ContractSummary = {},
  timer: PhaseTimer = NO_TIMER,
  searchIndexFor: SearchIndexFactory = (synonyms) => new SearchIndexBuilder(synonyms),
): Generator<readonly [string, string]> {
  const corpus = timer.time('assemble', () => assembleCorpus(pages))
  const folded = timer.time('copies', () => foldNearCopies(corpus.articles))
  const analysed = timer.time('analyse', () => analyse(folded.articles, taxonomy))
  const byId = new Map(folded.articles.map((a) => [a.id, a]))
  // The search index takes its articles newest first (it numbers its documents so). It needs nothing the related stage makes, so a search index thread can build it
  // while this thread relates articles and writes their files: it gets the newer half before the
  // related stage and the rest after. Handing over all at once kept a copy of every article's
  // text queued through the related stage, the run's memory peak (+300 MB at 100,000 articles).
  const inSearchOrder = [...analysed].sort((a, b) =>
    searchOrder(
      { id: a.entry.id, publishedAt: a.entry.article.publishedAt },
      { id: b.entry.id, publishedAt: b.entry.article.publishedAt },
    ),
  )
  const search = searchIndexFor(taxonomy.synonyms, inSearchOrder.length)
  const handOver = (items: readonly Analysed[]) =>
    timer.time('search', () => {
      for (const item of items) search.add(searchSource(item))
    })
  const half = Math.ceil(inSearchOrder.length / 2)
  handOver(inSearchOrder.slice(0, half))
  const relations = timer.time('related', () =>
    relateArticles(
      analysed.map(({ entry, analysis }) => ({
        id: entry.id,
        features: analysis.features ?? NO_FEATURES,
        readAlso: new Set(entry.readAlso),
        outlet: entry.article.outlet,
        publishedAt: entry.article.publishedAt,
      })),
    ),
  )
  for (const { analysis } of analysed) analysis.features = null
  handOver(inSearchOrder.slice(half))

  const articles: Article[] = []
  for (let first = 0; first < analysed.length; first += ARTICLE_BATCH) {
    // Timed by hand, a batch at a time: the yields hand control to the writer, whose time is not
    // this phase's, and timing each article read the CPU clock 200,000 times (1.8 s in a CPU
    // profile of the 100,000-article run).
    const built = timer.time('articleFiles', () =>
      analysed.slice(first, first + ARTICLE_BATCH).map((item) => {
        const article = toArticle(
          item,
          relatedOf(item, relations, byId),
          storyOf(item.entry.id, relations, byId),
          folded,
        )
        return [article, stableJson(article)] as const
      }),
    )
    for (const [article, json] of built) {
      articles.push(article)
      yield [dataPaths.article(article.id), json]
    }
  }

  const lists = timer.time('feeds', () =>
    feedLists(
      articles,
      taxonomy.topics.map((t) => t.id),
    ),
  )
  for (const list of lists) {
    for (const page of list.pages) {
      const json = timer.time('feeds', () =>
        stableJson(validated(feedPageSchema, page, `feed page ${list.id}/${page.page}`)),
      )
      yield [dataPaths.feedPage(list.id, page.page), json]
    }
  }
  const topicTermLists = taxonomy.topics.map((topic) => topicTerms(taxonomy, topic))
  const searchIndex = timer.time('search', () => search.finish(topicTermLists.flat()))
  yield* searchIndex.files

  const counts = topicCounts(
    articles,
    taxonomy.topics.map((t) => t.id),
  )
  const manifest = validated(
    manifestSchema,
    {
      schemaVersion: SCHEMA_VERSION,
      generatedAt,
      articleCount: articles.length,
      topics: taxonomy.topics.map((topic, i) => ({
        id: topic.id,
        labels: topic.labels,
        count: counts.get(topic.id) ?? 0,
        terms: topicTermLists[i] ?? [],
      })),
      feed: { pageSize: FEED_PAGE_SIZE, lists: lists.map(({ id, count, pageCount }) => ({ id, count, pageCount })) },
      search: searchIndex.manifestEntry,
    },
    'manifest',
  )
  yield [dataPaths.manifest, stableJson(manifest)]
  const report = validated(
    ingestReportSchema,
    { schemaVersion: SCHEMA_VERSION, generatedAt, files: corpus.files },
    'ingest report',
  )
  yield [dataPaths.report, stableJson(report)]
  summary.report = report
  summary.articleCount = articles.length
}

export function buildContract(pages: readonly PageInput[], taxonomy: Taxonomy, generatedAt: string): ContractBuild {
  const summary: ContractSummary = {}
  const files = [...contractFiles(pages, taxonomy, generatedAt, summary)].sort(([a], [b]) => (a < b ? -1 : 1))
  if (!summary.report || summary.articleCount === undefined) throw new Error('contract build stopped before its report')
  return { files: new Map(files), report: summary.report, articleCount: summary.articleCount }
}
