/**
 * The feed card's slice of an article (schema.ts `articleSummarySchema`), checked without zod: for
 * the device's saved articles, which the first screen reads (a card's save toggle) and whose
 * script carries no validator. articleSummaryShape.test.ts holds it to the schema's verdicts.
 */
import type { ArticleSummary } from './schema.ts'
import { isArticleId, isTopicId } from './ids.ts'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const isNullableString = (value: unknown) => value === null || typeof value === 'string'

export function isArticleSummary(value: unknown): value is ArticleSummary {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const item = value as Record<string, unknown>
  const { publishedAt, readingMinutes, topics } = item
  return (
    isArticleId(item['id']) &&
    typeof item['title'] === 'string' &&
    item['title'] !== '' &&
    (publishedAt === null || (typeof publishedAt === 'string' && ISO_DATE.test(publishedAt))) &&
    isNullableString(item['outlet']) &&
    typeof item['excerpt'] === 'string' &&
    Array.isArray(topics) &&
    topics.every(isTopicId) &&
    Number.isInteger(readingMinutes) &&
    (readingMinutes as number) >= 1
  )
}

/** Only what a summary holds: a stored object's other fields are left behind. */
export function toSummary(article: ArticleSummary): ArticleSummary {
  const { id, title, publishedAt, outlet, excerpt, topics, readingMinutes } = article
  return { id, title, publishedAt, outlet, excerpt, topics, readingMinutes }
}
