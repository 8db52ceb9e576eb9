/**
 * From parsed pages to one corpus: gives every article its content id, folds copies of the same
 * article (a read-also here, the main article there, a page saved twice) into one, keeps the
 * read-also links of every copy, and decides each file's report status. Pages are taken in path
 * order, so the outcome does not depend on the order the file system lists them.
 */
import type { IngestFileEntry } from '@/core/schema.ts'
import { tokenize } from '@/core/arabic/tokenize.ts'
import type { ArticleAnalysis } from '../analyse/articleAnalysis.ts'
import { articleId } from './ids.ts'
import type { FileParse } from '../input/fileParse.ts'
import type { PageArticle } from '../parse/parsePage.ts'

export interface PageInput {
  /** The file's name as the report shows it (relative to its input folder). */
  readonly file: string
  readonly page: FileParse
  /** Worked out beside the parse (in a worker thread), one per article of an ok page; else computed here and later. */
  readonly ids?: readonly string[]
  readonly analyses?: readonly ArticleAnalysis[]
}

export interface CorpusArticle {
  readonly id: string
  readonly article: PageArticle
  readonly source: { readonly file: string; readonly index: number }
  /** Ids this article links to as read-also, in page order. */
  readonly readAlso: readonly string[]
  /** The analysis of exactly this text, when one was made beside the parse. */
  readonly analysis?: ArticleAnalysis
}

export interface Corpus {
  /** Sorted by id. */
  readonly articles: readonly CorpusArticle[]
  /** One entry per input file, sorted by file. */
  readonly files: readonly IngestFileEntry[]
}

interface Entry {
  article: PageArticle
  source: { file: string; index: number }
  readAlso: string[]
  analysis?: ArticleAnalysis
}

/**
 * Keeps the better copy's text and fills its gaps from the other: a main-article copy beats a
 * read-also copy. `isWhole` says which sources are whole articles (a page's main article, any record).
 */
function merge(
  kept: Entry,
  other: PageArticle,
  otherSource: Entry['source'],
  otherAnalysis: ArticleAnalysis | undefined,
  isWhole: (source: Entry['source']) => boolean,
): Entry {
  const otherIsBetter = isWhole(otherSource) && !isWhole(kept.source)
  const [base, extra] = otherIsBetter ? [other, kept.article] : [kept.article, other]
  const keywords = [...new Set([...base.keywords, ...extra.keywords])]
  // The base copy's analysis still holds unless the other copy brought keywords (they count in topics and features).
  const analysis =
    keywords.length === base.keywords.length ? (otherIsBetter ? otherAnalysis : kept.analysis) : undefined
  return {
    analysis,
    article: {
      ...base,
      publishedAt: base.publishedAt ?? extra.publishedAt,
      dateline: base.dateline ?? extra.dateline,
      outlet: base.outlet ?? extra.outlet,
      author: base.author ?? extra.author,
      credit: base.credit ?? extra.credit,
      disclaimer: base.disclaimer ?? extra.disclaimer,
      keywords,
    },
    source: otherIsBetter ? otherSource : kept.source,
    readAlso: kept.readAlso,
  }
}

function titleKey(title: string): string {
  return tokenize(title).join(' ')
}

function byFile(a: PageInput, b: PageInput): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0
}

/** Where the kept copy of an article was read, as a report names it: `page.txt`, `export.jsonl record 4`. */
function placeOf(source: Entry['source'], recordFiles: ReadonlySet<string>): string {
  return recordFiles.has(source.file) ? `${source.file} record ${source.index}` : source.file
}

type RecordEntry = NonNullable<IngestFileEntry['records']>[number]

/** Every record's outcome: rejected with its reason, or ok / duplicate by whether its article was new. */
function recordEntries(
  page: FileParse,
  ids: readonly string[],
  fresh: readonly boolean[],
  keptAt: readonly string[],
): RecordEntry[] | undefined {
  return page.records?.map((record): RecordEntry => {
    const { index } = record
    if (record.status === 'rejected' || record.article === undefined)
      return { index, status: 'rejected', articles: [], reason: record.reason ?? 'not read' }
    const id = ids[record.article] ?? ''
    if (fresh[record.article]) return { index, status: 'ok', articles: [id] }
    return {
      index,
      status: 'duplicate',
      articles: [id],
      reason: `duplicate of ${keptAt[record.article] ?? 'an article read before'}: the copy there was kept; nothing to fix`,
    }
  })
}

export function assembleCorpus(pages: readonly PageInput[]): Corpus {
  const entries = new Map<string, Entry>()
  const recordFiles = new Set(pages.filter((p) => p.page.records !== undefined).map((p) => p.file))
  const isWhole = (source: Entry['source']) => source.index === 0 || recordFiles.has(source.file)
  const files: IngestFileEntry[] = []
  const pendingTitles: Array<{ from: string; title: string; report: IngestFileEntry }> = []

  for (const input of [...pages].sort(byFile)) {
    const { file, page } = input
    const warnings = [...page.warnings]
    const report: IngestFileEntry = { file, status: 'rejected', articles: [] }
    files.push(report)
    if (page.status === 'rejected') {
      report.reason = page.reason
      const records = recordEntries(page, [], [], [])
      if (records) report.records = records
    } else {
      const ids = input.ids ?? page.articles.map((a) => articleId(a.title, a.body[0] ?? ''))
      // In article order, so a record repeated within its own file counts as a duplicate too.
      const isNew: boolean[] = []
      const keptAt: string[] = []
      const seenIn = [...new Set(ids.flatMap((id) => entries.get(id)?.source.file ?? []))]
      const wordsOf = (body: readonly string[]) => tokenize(body.join(' ')).join(' ')
      // A copy whose body differs past the first paragraph is an edited version, not a plain copy: the report says so.
      const editedCopy = page.articles.some((a, i) => {
        const kept = entries.get(ids[i] ?? '')?.article
        return kept !== undefined && wordsOf(kept.body) !== wordsOf(a.body)
      })
      page.articles.forEach((article, i) => {
        const id = ids[i] ?? ''
        const source = { file, index: article.sourceIndex }
        const existing = entries.get(id)
        isNew.push(existing === undefined)
        keptAt.push(existing ? placeOf(existing.source, recordFiles) : '')
        const analysis = input.analyses?.[i]
        entries.set(
          id,
          existing ? merge(existing, article, source, analysis, isWhole) : { article, source, readAlso: [], analysis },
        )
      })
      const main = page.articles[0]?.sourceIndex === 0 ? entries.get(ids[0] ?? '') : undefined
      for (const link of page.readAlso) {
        if ('toTitle' in link) {
          if (main) pendingTitles.push({ from: ids[0] ?? '', title: link.toTitle, report })
          continue
        }
        const to = ids[link.to]
        if (main && to && to !== ids[0] && !main.readAlso.includes(to)) main.readAlso.push(to)
      }
      report.status = isNew.some(Boolean) ? 'ok' : 'duplicate'
      if (report.status === 'duplicate') {
        report.reason = editedCopy
          ? `duplicate of ${seenIn.join(', ')} (same title and first paragraph) but its text differs further on: the copy there was kept; if this one is the newer version, replace that file with it`
          : `duplicate of ${seenIn.join(', ')}: every article on it is already ingested from there; nothing to fix (remove the copy if it is not wanted)`
      }
      report.articles = [...new Set(ids)]
      const records = recordEntries(page, ids, isNew, keptAt)
      if (records) report.records = records
    }
    if (warnings.length > 0) report.warnings = warnings
  }

  // Read-also sections that gave only a title link to an article found on another page.
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const byTitle = new Map<string, string>()
  if (pendingTitles.length > 0) {
    for (const [id, entry] of sorted) {
      const key = titleKey(entry.article.title)
      if (!byTitle.has(key)) byTitle.set(key, id)
    }
  }
  for (const { from, title, report } of pendingTitles) {
    const to = byTitle.get(titleKey(title))
    const entry = entries.get(from)
    if (to && entry && to !== from) {
      if (!entry.readAlso.includes(to)) entry.readAlso.push(to)
    } else {
      report.warnings = [
        ...(report.warnings ?? []),
        `read-also «${title}» has no text on this page or any other: not linked`,
      ]
    }
  }

  const articles = sorted.map(([id, e]): CorpusArticle => ({
    id,
    article: e.article,
    source: e.source,
    readAlso: e.readAlso,
    ...(e.analysis ? { analysis: e.analysis } : {}),
  }))
  return { articles, files }
}
