/**
 * Search timing, observable with the Performance API (the benchmark reads these; docs/app.md keeps
 * timings out of tests; the names are in src/lib/perfMarks.ts):
 * - mark `search:input` (detail: { query }) when a keystroke changes the query;
 * - mark `search:results-painted` (detail: { query, count }) once that query's results are on
 *   screen (the frame after they render): its first screen, when that is answered ahead of the
 *   rest (placed again when the rest is in);
 * - measure `search:keystroke` from the query's input mark to its painted mark,
 *   `search:first-results` from navigation start to the first results painted on this page, and
 *   `search:answer` from a query sent to the search worker to its answer (the rest is rendering).
 */
import { afterNextPaint } from '@/lib/afterNextPaint.ts'
import { SEARCH_MARKS, SEARCH_MEASURES } from '@/lib/perfMarks.ts'

const typedAt = new Map<string, number>()
let firstPainted = false

export function markSearchInput(query: string): void {
  typedAt.set(query, performance.mark(SEARCH_MARKS.input, { detail: { query } }).startTime)
}

/** Called after a query's results are committed: marks the moment after the next frame is painted. */
export function markResultsPainted(query: string, count: number): () => void {
  return afterNextPaint(() => {
    const painted = performance.mark(SEARCH_MARKS.painted, { detail: { query, count } }).startTime
    const start = typedAt.get(query)
    if (start !== undefined) {
      performance.measure(SEARCH_MEASURES.keystroke, { start, end: painted, detail: { query } })
      typedAt.delete(query)
    }
    if (!firstPainted) {
      firstPainted = true
      performance.measure(SEARCH_MEASURES.firstResults, { start: 0, end: painted, detail: { query } })
    }
  })
}
