/**
 * Saved articles, kept on the device as the summaries a card needs, so /saved works offline
 * without fetching anything. Newest save first. Read by the first screen (a card's save toggle),
 * so checked without zod (core/articleSummaryShape.ts). What saving keeps for offline reading is
 * features/saved/offlineCopies.ts, which follows this store.
 */
import { isArticleSummary, toSummary } from '@/core/articleSummaryShape.ts'
import type { ArticleSummary } from '@/core/schema.ts'
import { createDeviceStore, useDeviceStore } from './storage.ts'

export const SAVED_ARTICLES_KEY = 'sahifa.savedArticles'

/** A list of summaries, or nothing: one damaged entry discards the list, as a schema would. */
function savedArticlesFrom(stored: unknown): ArticleSummary[] | undefined {
  return Array.isArray(stored) && stored.every(isArticleSummary) ? stored.map(toSummary) : undefined
}

export const savedArticlesStore = createDeviceStore<ArticleSummary[]>(SAVED_ARTICLES_KEY, savedArticlesFrom, [])

/** Saves or unsaves; false when the device refused to keep the change (it lasts for this visit). */
export function setSaved(article: ArticleSummary, saved: boolean): boolean {
  const others = savedArticlesStore.get().filter((item) => item.id !== article.id)
  return savedArticlesStore.set(saved ? [toSummary(article), ...others] : others)
}

export function useSavedArticles(): readonly ArticleSummary[] {
  return useDeviceStore(savedArticlesStore)
}
