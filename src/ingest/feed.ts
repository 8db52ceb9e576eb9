/**
 * The feed lists the app pages through: `all`, then one per topic, each split into pages of a
 * fixed size, newest first (undated articles last, then by id, so the order is total and stable).
 */
import { dataPaths, type Article, type ArticleSummary, type FeedPage } from '../core/schema.ts'

export const FEED_PAGE_SIZE = 30

export interface FeedList {
  readonly id: string
  readonly count: number
  readonly pageCount: number
  readonly pages: readonly FeedPage[]
}

function newestFirst(a: Pick<Article, 'id' | 'publishedAt'>, b: Pick<Article, 'id' | 'publishedAt'>): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1
    if (b.publishedAt === null) return -1
    return a.publishedAt < b.publishedAt ? 1 : -1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function summary(article: Article): ArticleSummary {
  const { id, title, publishedAt, outlet, excerpt, topics, readingMinutes } = article
  return { id, title, publishedAt, outlet, excerpt, topics, readingMinutes }
}

function feedList(id: string, articles: readonly Article[]): FeedList {
  const items = [...articles].sort(newestFirst).map(summary)
  const pageCount = Math.ceil(items.length / FEED_PAGE_SIZE)
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    list: id,
    page: i + 1,
    pageCount,
    items: items.slice(i * FEED_PAGE_SIZE, (i + 1) * FEED_PAGE_SIZE),
  }))
  return { id, count: items.length, pageCount, pages }
}

/** `all` first, then one list per topic id, in the taxonomy's order. */
export function feedLists(articles: readonly Article[], topicIds: readonly string[]): FeedList[] {
  return [
    feedList(dataPaths.allList, articles),
    ...topicIds.map((topic) => feedList(topic, articles.filter((a) => a.topics.includes(topic)))),
  ]
}
