/** The systems the check runs, by name: stories (relate/), the ingest's similar links before them, the plain tf-idf baseline. */
import type { SnnArticle } from './snn.ts'
import { baselineLinks, baselineModel, currentLinks, storyLinks, type Links } from './systems.ts'

export const SYSTEMS = {
  stories: (articles: readonly SnnArticle[], withTitles: boolean): Links => storyLinks(articles, withTitles),
  ingest: (articles: readonly SnnArticle[], withTitles: boolean): Links => currentLinks(articles, withTitles),
  tfidf: (articles: readonly SnnArticle[], withTitles: boolean): Links =>
    baselineLinks(articles, baselineModel(articles, withTitles)),
} as const

export type SystemName = keyof typeof SYSTEMS
