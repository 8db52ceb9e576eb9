/** The feed's topic filter as a set of topic ids: toggling one keeps the others in their order. */
export function toggleTopic(selected: readonly string[], topicId: string): string[] {
  return selected.includes(topicId) ? selected.filter((id) => id !== topicId) : [...selected, topicId]
}

/** Keeps only ids the manifest knows, once each: a stale or mistyped `?topic=` is ignored. */
export function knownTopics(selected: readonly string[], known: readonly { id: string }[]): string[] {
  return [...new Set(selected)].filter((id) => known.some((topic) => topic.id === id))
}
