/**
 * Saved articles, kept on the device as the summaries a card needs, so /saved works offline
 * without fetching anything. Newest save first.
 */
import { z } from 'zod/mini'
import { articleSummarySchema, type ArticleSummary } from '../../core/schema.ts'
import { createDeviceStore, useDeviceStore } from '../../lib/storage.ts'

export const SAVED_ARTICLES_KEY = 'sahifa.savedArticles'

export const savedArticlesStore = createDeviceStore(SAVED_ARTICLES_KEY, z.array(articleSummarySchema), [])

export function toSummary(article: ArticleSummary): ArticleSummary {
  const { id, title, publishedAt, outlet, excerpt, topics, readingMinutes } = article
  return { id, title, publishedAt, outlet, excerpt, topics, readingMinutes }
}

/** Saves or unsaves; false when the device refused to keep the change (it lasts for this visit). */
export function setSaved(article: ArticleSummary, saved: boolean): boolean {
  const others = savedArticlesStore.get().filter((item) => item.id !== article.id)
  return savedArticlesStore.set(saved ? [toSummary(article), ...others] : others)
}

export function useSavedArticles(): readonly ArticleSummary[] {
  return useDeviceStore(savedArticlesStore)
}
