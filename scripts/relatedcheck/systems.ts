/**
 * The related-link systems the check compares, each over the same SaudiNewsNet articles, with the
 * title either shown to them or masked (then only the body tells them what an article is about).
 */
import { readFileSync } from 'node:fs'
import { analysisTools, analyzeArticle } from '@/ingest/analyse/articleAnalysis.ts'
import { relatedIds } from '@/ingest/relate/relatedList.ts'
import { relateArticles, type RelateInput } from '@/ingest/relate/relateArticles.ts'
import { similarFromFeatures } from './previous/related.ts'
import { parseTaxonomy } from '@/ingest/analyse/taxonomy.ts'
import type { SnnArticle } from './snn.ts'
import { tfidfModel, tfidfNeighbours, type TfidfModel } from './tfidf.ts'

export type Links = Map<string, string[]>

export const TAXONOMY = parseTaxonomy(JSON.parse(readFileSync('seeds/topics.json', 'utf8')))

export function shownTitle(article: SnnArticle, withTitles: boolean): string {
  return withTitles ? article.title : ''
}

/** The ingest's similar links before issue 16 (related.ts over articleAnalysis features). */
export function currentLinks(articles: readonly SnnArticle[], withTitles: boolean): Links {
  const tools = analysisTools(TAXONOMY)
  const inputs = articles.map((a) => {
    const analysis = analyzeArticle(tools, { title: shownTitle(a, withTitles), body: a.paragraphs, keywords: [] })
    return {
      id: a.id,
      features: analysis.features ?? { keys: '', counts: [], kinds: '', displays: [] },
      readAlso: new Set<string>(),
      publishedAt: a.day,
    }
  })
  const similar = similarFromFeatures(inputs)
  return new Map(articles.map((a) => [a.id, (similar.get(a.id) ?? []).map((s) => s.id)]))
}

export function baselineModel(articles: readonly SnnArticle[], withTitles: boolean): TfidfModel {
  return tfidfModel(
    articles.map((a) => ({ id: a.id, text: `${shownTitle(a, withTitles)}\n${a.paragraphs.join('\n')}` })),
  )
}

/** Plain tf-idf cosine, five links, best first. */
export function baselineLinks(articles: readonly SnnArticle[], model: TfidfModel): Links {
  const neighbours = tfidfNeighbours(model, 5)
  return new Map(articles.map((a, i) => [a.id, (neighbours[i] ?? []).map((j) => articles[j]?.id ?? '')]))
}

/** The articles as the ingest relates them: features from the body (and the title when shown). */
export function relateInputs(articles: readonly SnnArticle[], withTitles: boolean): RelateInput[] {
  const tools = analysisTools(TAXONOMY)
  return articles.map((a) => ({
    id: a.id,
    features: analyzeArticle(tools, { title: shownTitle(a, withTitles), body: a.paragraphs, keywords: [] })
      .features ?? { keys: '', counts: [], kinds: '', displays: [] },
    outlet: a.outlet,
    publishedAt: a.day,
    readAlso: new Set<string>(),
  }))
}

/** The ingest's relations (relate/relateArticles.ts): same story first, then read-also, context, outlet neighbours. */
export function storyLinks(articles: readonly SnnArticle[], withTitles: boolean): Links {
  const relations = relateArticles(relateInputs(articles, withTitles))
  return new Map(articles.map((a) => [a.id, relatedIds(relations, a.id)]))
}
