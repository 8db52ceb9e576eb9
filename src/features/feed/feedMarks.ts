import { afterNextPaint } from '@/lib/afterNextPaint.ts'

/**
 * Performance marks for benchmarks (the Performance API, read by `npm run bench`; the names are in
 * src/lib/perfMarks.ts):
 * - `feed:filter-change` when the reader changes the topic filter;
 * - `feed:results-painted` once the new filter's results are on screen (after the next paint).
 * `performance.measure('filter', 'feed:filter-change', 'feed:results-painted')` is the time to results.
 */
import { FEED_MARKS } from '@/lib/perfMarks.ts'

export function markFilterChange(topics: readonly string[]): void {
  performance.mark(FEED_MARKS.filterChange, { detail: { topics: [...topics] } })
}

/** After the frame that shows the results has been painted. Returns a cancel function. */
export function markResultsPainted(lists: readonly string[], count: number): () => void {
  return afterNextPaint(() => performance.mark(FEED_MARKS.resultsPainted, { detail: { lists: [...lists], count } }))
}
