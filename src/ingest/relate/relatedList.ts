/** The order a reader meets an article's related links in: the same story, then context, then its outlet's neighbours. */
import type { Relations } from './relateArticles.ts'

export function relatedIds(relations: Relations, id: string, readAlso: readonly string[] = []): string[] {
  return [
    ...(relations.sameStory.get(id) ?? []).map((l) => l.id),
    ...readAlso,
    ...(relations.similar.get(id) ?? []).map((l) => l.id),
    ...(relations.outletNext.get(id) ?? []),
  ]
}
