/**
 * SaudiNewsNet as the related-articles check reads it: one record per distinct article (a page
 * crawled again by the same outlet under the same headline and opening is kept once). Its text is
 * under a research licence: it is read from `.corpora/` at run time and never written anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tokenize } from '@/core/arabic/tokenize.ts'

export interface SnnArticle {
  /** `a<number>`: the check's own id, stable for one copy of the corpus. */
  readonly id: string
  readonly outlet: string
  /** The crawl day (YYYY-MM-DD): SaudiNewsNet keeps no publication date; pages were crawled daily. */
  readonly day: string
  readonly title: string
  readonly paragraphs: readonly string[]
}

interface RawRecord {
  readonly source: string
  readonly date_extracted: string
  readonly title: string
  readonly content: string
}

export const SNN_DIR = '.corpora/saudinewsnet/json'

export function snnPresent(dir = SNN_DIR): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json'))
}

export function loadSnn(dir = SNN_DIR): SnnArticle[] {
  const seen = new Set<string>()
  const articles: SnnArticle[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const records = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawRecord[]
    for (const r of records) {
      const paragraphs = r.content
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
      if (paragraphs.length === 0 || r.title.trim() === '') continue
      const key = `${r.source}\u0000${tokenize(r.title).join(' ')}\u0000${tokenize(paragraphs[0] ?? '')
        .slice(0, 40)
        .join(' ')}`
      if (seen.has(key)) continue
      seen.add(key)
      articles.push({
        id: `a${articles.length}`,
        outlet: r.source,
        day: r.date_extracted.slice(0, 10),
        title: r.title.trim(),
        paragraphs,
      })
    }
  }
  return articles
}
