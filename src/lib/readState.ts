/**
 * Which articles the reader has opened, kept on the device so a card can say "read". Only ids,
 * newest first, and only so many: an old mark falling off costs less than a full storage.
 */
import { isArticleId } from '@/core/ids.ts'
import { createDeviceStore } from './storage.ts'

const MAX_READ_MARKS = 2000

export const READ_STATE_KEY = 'sahifa.readArticles'

/** A list of article ids, or nothing: one damaged entry discards the list, as a schema would. */
function readMarksFrom(stored: unknown): string[] | undefined {
  return Array.isArray(stored) && stored.every(isArticleId) ? stored : undefined
}

export const readStateStore = createDeviceStore<string[]>(READ_STATE_KEY, readMarksFrom, [])

/** Marks an article read; a device that refuses to keep it still shows the mark for this visit. */
export function markRead(id: string): void {
  const current = readStateStore.get()
  if (current[0] === id) return
  readStateStore.set([id, ...current.filter((other) => other !== id)].slice(0, MAX_READ_MARKS))
}

/** Takes the mark off again: the reader wants the article to look new in the lists. */
export function markUnread(id: string): void {
  const current = readStateStore.get()
  if (current.includes(id)) readStateStore.set(current.filter((other) => other !== id))
}
