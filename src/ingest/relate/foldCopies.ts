/**
 * Folds other outlets' near-identical copies (nearCopies.ts) into one article, as exact duplicates
 * are folded by content id: the earliest report is kept, and every copy's outlet, date and headline
 * are kept on it (`copies`), so the reader sees each outlet that published the text. Read-also
 * links to a folded copy now lead to the kept article.
 */
import type { ArticleCopy } from '@/core/schema.ts'
import { nearCopies } from './nearCopies.ts'

export interface Foldable {
  readonly id: string
  readonly article: {
    readonly title: string
    readonly outlet: string | null
    readonly publishedAt: string | null
    readonly body: readonly string[]
  }
  readonly readAlso: readonly string[]
  /** The body's sketch, when the analysis beside the parse made it. */
  readonly analysis?: { readonly copySketch: Uint32Array | null }
}

export interface FoldedCopies<T extends Foldable = Foldable> {
  /** The articles left once copies are folded, in their order, read-also links redirected. */
  readonly articles: readonly T[]
  /** A kept article's folded copies, oldest first (none for most articles). */
  copiesOf(id: string): ArticleCopy[]
  /** How many articles were folded into others. */
  readonly folded: number
}

export function foldNearCopies<T extends Foldable>(entries: readonly T[]): FoldedCopies<T> {
  const { copies, keptAs } = nearCopies(
    entries.map(({ id, article, analysis }) => ({
      id,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      body: article.body,
      ...(analysis ? { sketch: analysis.copySketch } : {}),
    })),
  )
  const byId = new Map(entries.map((e) => [e.id, e]))
  const articles = entries.flatMap((entry): T[] => {
    if (keptAs.has(entry.id)) return []
    if (!entry.readAlso.some((to) => keptAs.has(to))) return [entry]
    const readAlso = [...new Set(entry.readAlso.map((to) => keptAs.get(to) ?? to).filter((to) => to !== entry.id))]
    return [{ ...entry, readAlso }]
  })
  return {
    articles,
    folded: keptAs.size,
    copiesOf: (id) =>
      (copies.get(id) ?? []).flatMap((copyId) => {
        const a = byId.get(copyId)?.article
        return a ? [{ title: a.title, outlet: a.outlet, publishedAt: a.publishedAt }] : []
      }),
  }
}
