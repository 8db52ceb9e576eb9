/** The feed's topic filter as a set of topic ids: toggling one keeps the others in their order. */
export function toggleTopic(selected: readonly string[], topicId: string): string[] {
  return selected.includes(topicId) ? selected.filter((id) => id !== topicId) : [...selected, topicId]
}

/** Keeps only ids the manifest knows, once each: a stale or mistyped `?topic=` is ignored. */
export function knownTopics(selected: readonly string[], known: readonly { id: string }[]): string[] {
  return [...new Set(selected)].filter((id) => known.some((topic) => topic.id === id))
}

/**
 * Every selection one press of a chip leads to from `selected`: each topic toggled, and "all"
 * (the empty selection) unless it is the current one. Each appears once, whatever the order its
 * ids come in (the merged feed's cache key sorts them too).
 */
export function reachableSelections(selected: readonly string[], topicIds: readonly string[]): string[][] {
  const seen = new Set<string>([[...selected].sort().join(' ')])
  const reachable: string[][] = []
  for (const next of [[], ...topicIds.map((id) => toggleTopic(selected, id))]) {
    const key = [...next].sort().join(' ')
    if (seen.has(key)) continue
    seen.add(key)
    reachable.push(next)
  }
  return reachable
}
