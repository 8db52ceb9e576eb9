import type { ArticleSummary } from '@/core/schema.ts'

export interface Neighbours {
  /** The item above in the list (newer), if any. */
  previous: ArticleSummary | null
  /** The item below in the list (older), if any. */
  next: ArticleSummary | null
}

/** The article's neighbours in a list, or null when the article is not in it. */
export function findNeighbours(items: readonly ArticleSummary[], articleId: string): Neighbours | null {
  const index = items.findIndex((item) => item.id === articleId)
  if (index === -1) return null
  return { previous: items[index - 1] ?? null, next: items[index + 1] ?? null }
}
