/**
 * What makes a link between two reports of different stories a context link rather than a
 * look-alike, as the check judges it (issue 16: context is "shared named people, places,
 * organisations, numbers"; "links made only of shared boilerplate, template keywords or site
 * furniture are not links"). An article's anchors are the proper names (names.ts: taxonomy names,
 * known places, Latin names) and the numbers of two digits or more in its body, kept only when
 * they are distinctive:
 * - found in at most ANCHOR_LIMITS.maxShare of all articles (الرياض, السعودية, 2015 tell nothing in
 *   a Saudi corpus), and
 * - not furniture: on at most ANCHOR_LIMITS.furnitureShare of the article's own outlet's pages (a
 *   small outlet's sign-off or city is rare in the corpus yet on every one of its pages).
 * The check computes them on its own, from the body (the title is masked for the systems too).
 */
import { tokenize } from '@/core/arabic/tokenize.ts'
import { normalize } from '@/core/arabic/normalize.ts'
import { analysisTools, analyzeArticle } from '@/ingest/analyse/articleAnalysis.ts'
import type { SnnArticle } from './snn.ts'
import { TAXONOMY } from './systems.ts'

export const ANCHOR_LIMITS = {
  maxShare: 0.01,
  furnitureShare: 0.2,
} as const

const NUMBER = /^\d{2,}$/u

function candidateAnchors(tools: ReturnType<typeof analysisTools>, article: SnnArticle): Set<string> {
  const analysis = analyzeArticle(tools, { title: '', body: article.paragraphs, keywords: [] })
  const anchors = new Set(analysis.names.map((n) => `n:${normalize(n)}`))
  for (const token of tokenize(article.paragraphs.join(' '))) if (NUMBER.test(token)) anchors.add(`d:${token}`)
  return anchors
}

/** Article id → its distinctive anchors. */
export function distinctiveAnchors(articles: readonly SnnArticle[]): Map<string, ReadonlySet<string>> {
  const tools = analysisTools(TAXONOMY)
  const all = articles.map((a) => candidateAnchors(tools, a))
  const df = new Map<string, number>()
  const outletPages = new Map<string, number>()
  const outletDf = new Map<string, number>()
  articles.forEach((a, i) => {
    outletPages.set(a.outlet, (outletPages.get(a.outlet) ?? 0) + 1)
    for (const anchor of all[i] ?? []) {
      df.set(anchor, (df.get(anchor) ?? 0) + 1)
      const key = `${a.outlet}\u0000${anchor}`
      outletDf.set(key, (outletDf.get(key) ?? 0) + 1)
    }
  })
  const maxDf = ANCHOR_LIMITS.maxShare * articles.length
  return new Map(
    articles.map((a, i) => {
      const pages = outletPages.get(a.outlet) ?? 0
      const kept = [...(all[i] ?? [])].filter(
        (anchor) =>
          (df.get(anchor) ?? 0) <= maxDf &&
          (outletDf.get(`${a.outlet}\u0000${anchor}`) ?? 0) <= ANCHOR_LIMITS.furnitureShare * pages,
      )
      return [a.id, new Set(kept)]
    }),
  )
}
