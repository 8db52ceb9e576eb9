import { ALL_LIST } from '@/config/paths.ts'

/**
 * The feed lists one view merges: the whole feed's, one topic's, or the topics of a filter
 * (docs/app.md, "The Selection"). Each id once, sorted, and keyed once here, so every layer
 * (the merged feed's cache key, the warm-up, the cards' `?from=`, previous/next) agrees on one
 * value however the ids came in (`?topic=b&topic=a` is `?topic=a&topic=b`).
 */
export interface Selection {
  /** The list ids, sorted, each once. */
  readonly lists: readonly string[]
  /** The ids joined by a space: one string per selection, for cache keys and React keys. */
  readonly key: string
}

/**
 * One object per selection made in this visit: the same lists in any order give the same object,
 * so memoised cards and hooks can compare selections by identity. A visit makes a few dozen at
 * most (the filters pressed and the ones one press away), each a few short strings.
 */
const made = new Map<string, Selection>()

export function selectionOf(listIds: readonly string[]): Selection {
  const lists = [...new Set(listIds)].sort()
  const key = lists.join(' ')
  const existing = made.get(key)
  if (existing !== undefined) return existing
  const selection: Selection = { lists, key }
  made.set(key, selection)
  return selection
}

/** The front page's selection for a topic filter: its topics, or the whole feed when none is chosen. */
export function feedSelection(topicIds: readonly string[]): Selection {
  return selectionOf(topicIds.length > 0 ? topicIds : [ALL_LIST])
}

/** The topics a front-page selection filters by: none for the whole feed. */
export function chosenTopics(selection: Selection): readonly string[] {
  return selection.lists.includes(ALL_LIST) ? [] : selection.lists
}
