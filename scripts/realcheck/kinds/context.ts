/** What every page builder gets: its half's furniture pool, a seeded generator and its articles. */
import type { FurniturePool } from '../furniture/pool.ts'
import type { Random } from '../random.ts'
import type { SourceArticle } from '../sources.ts'
import type { Half } from '../truth.ts'

export interface BuildContext {
  readonly half: Half
  readonly pool: FurniturePool
  readonly random: Random
  /** The next article of this half not yet used by this kind. */
  readonly take: () => SourceArticle
  /** A unique stem for the page's file name. */
  readonly stem: string
}

/**
 * The title an editor keeps, and the outlet a ` - site` / ` | site` suffix names. Only the
 * article's own outlet counts as a site suffix: `طريق حائل - الرياض` is a route, not a site.
 */
export function editorTitle(article: SourceArticle): { title: string; suffixOutlet: string | null } {
  const match = /^(.*\S)\s+[-|–]\s+(\S.*)$/u.exec(article.title)
  if (match && match[2] === article.outlet.name && (match[1] ?? '').split(' ').length >= 3)
    return { title: match[1] ?? '', suffixOutlet: match[2] }
  return { title: article.title, suffixOutlet: null }
}

/** At most `max` paragraphs: embedded read-also articles on real pages are short. */
export function firstParagraphs(article: SourceArticle, max: number): string[] {
  return article.paragraphs.slice(0, max)
}
