import { chosenTopics, feedSelection, type Selection } from '@/lib/feed/selection.ts'

/** The feed's topic filter as a set of topic ids: toggling one adds or removes it. */
export function toggleTopic(selected: readonly string[], topicId: string): string[] {
  return selected.includes(topicId) ? selected.filter((id) => id !== topicId) : [...selected, topicId]
}

/** Keeps only ids the manifest knows, once each: a stale or mistyped `?topic=` is ignored. */
export function knownTopics(selected: readonly string[], known: readonly { id: string }[]): string[] {
  return [...new Set(selected)].filter((id) => known.some((topic) => topic.id === id))
}

/**
 * Every selection one press of a chip leads to from `current`: each topic toggled, and "all"
 * (the whole feed) unless it is the current one. Each appears once (selections are keyed once).
 */
export function reachableSelections(current: Selection, topicIds: readonly string[]): Selection[] {
  const selected = chosenTopics(current)
  const reachable = new Set<Selection>()
  for (const next of [[], ...topicIds.map((id) => toggleTopic(selected, id))]) {
    const selection = feedSelection(next)
    if (selection !== current) reachable.add(selection)
  }
  return [...reachable]
}
