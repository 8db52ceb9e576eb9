/**
 * Where the reader stopped in each article, as the fraction of the article scrolled past, kept on
 * the device so reopening the article resumes there. Newest first, and only so many articles.
 */
import { z } from 'zod/mini'
import { articleIdSchema } from '@/core/schema.ts'
import { createDeviceStore } from '@/lib/storage.ts'

const MAX_POSITIONS = 200
/** Below this the reader has not really started; above it they finished: both start at the top. */
const STARTED = 0.02
const FINISHED = 0.98

export const READING_POSITIONS_KEY = 'sahifa.readingPositions'

const positionsStore = createDeviceStore(
  READING_POSITIONS_KEY,
  z.array(z.tuple([articleIdSchema, z.number().check(z.minimum(0), z.maximum(1))])),
  [],
)

export function readPosition(id: string): number {
  return positionsStore.get().find(([other]) => other === id)?.[1] ?? 0
}

/** Keeps the position; a finished or barely started article is forgotten, so it reopens at the top. */
export function storePosition(id: string, fraction: number): void {
  const others = positionsStore.get().filter(([other]) => other !== id)
  const keep = fraction > STARTED && fraction < FINISHED
  positionsStore.set(keep ? [[id, fraction] as [string, number], ...others].slice(0, MAX_POSITIONS) : others)
}

export function isResumable(fraction: number): boolean {
  return fraction > STARTED && fraction < FINISHED
}

/** How far through `element` the reader is: 0 with its top at the window's top, 1 with its end in view. */
export function scrolledFraction(element: HTMLElement): number {
  const rect = element.getBoundingClientRect()
  const travel = rect.height - window.innerHeight
  if (travel <= 0) return 1
  return Math.min(Math.max(-rect.top / travel, 0), 1)
}

/** The window scroll that puts the reader `fraction` of the way through `element`. */
export function scrollTopFor(element: HTMLElement, fraction: number): number {
  const rect = element.getBoundingClientRect()
  const top = rect.top + window.scrollY
  return top + fraction * Math.max(rect.height - window.innerHeight, 0)
}
