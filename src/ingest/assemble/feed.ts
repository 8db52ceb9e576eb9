/**
 * The feed lists the app pages through: `all`, then one per topic, each split into pages of a
 * fixed size, newest first (undated articles last, then by id, so the order is total and stable).
 * A story reported by several outlets is listed once, by its newest report in the list, with
 * the outlets that covered it, instead of N near-copies one under another.
 */
import { dataPaths, type Article, type ArticleSummary, type FeedPage } from '@/core/schema.ts'

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
  const { id, title, publishedAt, outlet, excerpt, topics, readingMinutes, story, copies } = article
  const base = { id, title, publishedAt, outlet, excerpt, topics, readingMinutes }
  if (!story && copies.length === 0) return base
  // Every outlet that published it: the story's reports and the copies folded into this one.
  const outlets = [
    ...new Set(
      [outlet, ...copies.map((c) => c.outlet), ...(story?.members ?? []).map((m) => m.outlet)].filter(
        (o): o is string => o !== null,
      ),
    ),
  ]
  return story ? { ...base, storyId: story.id, storyOutlets: outlets } : { ...base, storyOutlets: outlets }
}

/** Newest first, each story once (its newest report). */
function listed(articles: readonly Article[]): Article[] {
  const seen = new Set<string>()
  return [...articles].sort(newestFirst).filter((a) => {
    if (!a.story) return true
    if (seen.has(a.story.id)) return false
    seen.add(a.story.id)
    return true
  })
}

function feedList(id: string, articles: readonly Article[]): FeedList {
  const items = listed(articles).map(summary)
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
    ...topicIds.map((topic) =>
      feedList(
        topic,
        articles.filter((a) => a.topics.includes(topic)),
      ),
    ),
  ]
}
