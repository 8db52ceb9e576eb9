/**
 * Records exported by other scrapers: news-please JSON Lines (one record a line), a trafilatura
 * JSON record, and a JSON array of {title, content, source, url}. Every record is an article.
 */
import type { ArticleTruth, BuiltPage } from '../truth.ts'
import type { SourceArticle } from '../sources.ts'
import { editorTitle, type BuildContext } from './context.ts'

type Shape = 'news-please' | 'trafilatura' | 'array'

function newsPlease(article: SourceArticle, author: string | null): { record: unknown; truth: ArticleTruth } {
  const { title } = editorTitle(article)
  const record = {
    authors: author ? [author] : [],
    date_download: `${article.date} 12:00:00`,
    date_modify: null,
    date_publish: `${article.date} 08:15:00`,
    description: article.paragraphs[0]?.slice(0, 120) ?? '',
    filename: `${encodeURIComponent(article.url).slice(0, 60)}.json`,
    image_url: null,
    language: 'ar',
    localpath: null,
    maintext: article.paragraphs.join('\n'),
    source_domain: article.outlet.domain,
    title: article.title,
    title_page: null,
    title_rss: null,
    url: article.url,
  }
  return {
    record,
    truth: { title, body: article.paragraphs, publishedAt: article.date, outlet: article.outlet.domain, author },
  }
}

function trafilatura(article: SourceArticle, author: string | null): { record: unknown; truth: ArticleTruth } {
  const { title } = editorTitle(article)
  const record = {
    title: article.title,
    author,
    hostname: article.outlet.domain,
    date: article.date,
    categories: '',
    tags: '',
    fingerprint: 'c0ffee',
    id: null,
    license: null,
    comments: '',
    raw_text: article.paragraphs.join(' '),
    text: article.paragraphs.join('\n'),
    language: 'ar',
    image: null,
    pagetype: 'article',
    source: article.url,
    'source-hostname': article.outlet.name,
    excerpt: '',
    sitename: article.outlet.name,
  }
  return {
    record,
    truth: { title, body: article.paragraphs, publishedAt: article.date, outlet: article.outlet.name, author },
  }
}

function plainRecord(article: SourceArticle): { record: unknown; truth: ArticleTruth } {
  const { title } = editorTitle(article)
  const record = {
    title: article.title,
    content: article.paragraphs.join('\n\n'),
    source: article.outlet.name,
    url: article.url,
  }
  return { record, truth: { title, body: article.paragraphs, outlet: article.outlet.name } }
}

export function buildRecords(context: BuildContext): BuiltPage {
  const { pool, random } = context
  const shape: Shape = random.pick(['news-please', 'trafilatura', 'array'])
  const count = shape === 'trafilatura' ? 1 : 1 + random.int(3)
  const made = Array.from({ length: count }, () => {
    const article = context.take()
    const author = random.chance(0.5) ? random.pick(pool.authors) : null
    if (shape === 'news-please') return newsPlease(article, author)
    if (shape === 'trafilatura') return trafilatura(article, author)
    return plainRecord(article)
  })
  const text =
    shape === 'news-please'
      ? `${made.map((m) => JSON.stringify(m.record)).join('\n')}\n`
      : `${JSON.stringify(shape === 'array' ? made.map((m) => m.record) : made[0]?.record, null, 2)}\n`
  return {
    kind: 'records',
    half: context.half,
    variant: `${shape}/${count} record${count > 1 ? 's' : ''}`,
    fileName: `${context.stem}.${shape === 'news-please' ? 'jsonl' : 'json'}`,
    text,
    articles: made.map((m) => m.truth),
    furniture: [],
  }
}
