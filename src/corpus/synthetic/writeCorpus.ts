/**
 * Writes a synthetic corpus page by page: each page is generated, handed to the file system and
 * forgotten, with a bounded number of writes in flight, so 100,000 pages take little memory.
 * Returns what the pages hold, for the editor and for tests.
 */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { syntheticPage, type ExpectedArticle } from './page.ts'

/**
 * Two generated articles with the same words in title and first paragraph are one article to the
 * ingest (its ids come from those words): counted once. Rare, but it happens in 100,000 articles.
 */
function contentKey(article: ExpectedArticle): string {
  const words = `${article.title}\n${article.firstParagraph}`.replace(/[.،:]/gu, ' ').split(/\s+/u).join(' ')
  return createHash('sha1').update(words).digest('base64')
}

export interface CorpusPlan {
  readonly out: string
  readonly seed: number
  /** Stop after this many pages… */
  readonly pages?: number
  /** …or once the pages hold at least this many distinct articles. */
  readonly articles?: number
}

export interface CorpusStats {
  readonly pages: number
  /** Distinct articles the pages hold (a repeated article counts once). */
  readonly articles: number
  /** Topic id → expected articles on it; `none` for articles on no topic. */
  readonly topics: Readonly<Record<string, number>>
  readonly bytes: number
}

const WRITES_IN_FLIGHT = 64

export async function writeCorpus(plan: CorpusPlan): Promise<CorpusStats> {
  if (plan.pages === undefined && plan.articles === undefined)
    throw new Error('a corpus needs a page count or an article count')
  /** Folder → its creation, which every write into it waits for. */
  const folders = new Map<string, Promise<unknown>>()
  const inFlight = new Set<Promise<void>>()
  const topics: Record<string, number> = { none: 0 }
  const seen = new Set<string>()
  let pages = 0
  let articles = 0
  let bytes = 0
  const done = () => (plan.pages !== undefined ? pages >= plan.pages : articles >= (plan.articles ?? 0))

  while (!done()) {
    const page = syntheticPage(plan.seed, pages)
    pages++
    for (const article of page.newArticles) {
      const key = contentKey(article)
      if (seen.has(key)) continue
      seen.add(key)
      articles++
      if (article.topics.length === 0) topics.none = (topics.none ?? 0) + 1
      for (const topic of article.topics) topics[topic] = (topics[topic] ?? 0) + 1
    }
    const target = path.join(plan.out, ...page.path.split('/'))
    const folder = path.dirname(target)
    const content = Buffer.from(page.text, 'utf8')
    bytes += content.length
    const mkdirFirst = folders.get(folder) ?? mkdir(folder, { recursive: true })
    folders.set(folder, mkdirFirst)
    const write: Promise<void> = (async () => {
      await mkdirFirst
      await writeFile(target, content)
    })().finally(() => inFlight.delete(write))
    inFlight.add(write)
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  return { pages, articles, topics, bytes }
}
