/**
 * Somewhere to go next for an article with no story, subject or read-also link: the pages of its
 * own outlet published just before and after it (articles without an outlet count as one outlet).
 */
export interface OutletDated {
  readonly id: string
  readonly outlet: string | null
  readonly publishedAt: string | null
}

const NEIGHBOURS_EACH_SIDE = 1

/** Article id → its outlet's neighbours by date (older first), for the given articles only. */
export function outletNeighbours(articles: readonly OutletDated[], wanted: ReadonlySet<string>): Map<string, string[]> {
  const result = new Map<string, string[]>()
  if (wanted.size === 0) return result
  const byOutlet = new Map<string, OutletDated[]>()
  for (const a of articles) {
    const list = byOutlet.get(a.outlet ?? '')
    if (list) list.push(a)
    else byOutlet.set(a.outlet ?? '', [a])
  }
  const key = (a: OutletDated) => `${a.publishedAt ?? '9999-99-99'}\u0000${a.id}`
  for (const list of byOutlet.values()) {
    list.sort((a, b) => (key(a) < key(b) ? -1 : 1))
    list.forEach((a, i) => {
      if (!wanted.has(a.id)) return
      const around = [
        ...list.slice(Math.max(0, i - NEIGHBOURS_EACH_SIDE), i),
        ...list.slice(i + 1, i + 1 + NEIGHBOURS_EACH_SIDE),
      ]
      if (around.length > 0)
        result.set(
          a.id,
          around.map((n) => n.id),
        )
    })
  }
  return result
}
