import type { ArticleSummary } from '@/core/schema.ts'

/** A feed card's worth of article for tests: only the id and date matter to ordering. */
export function summary(id: string, publishedAt: string | null, topics: string[] = []): ArticleSummary {
  return { id, title: `title ${id}`, publishedAt, outlet: null, excerpt: '', topics, readingMinutes: 1 }
}
