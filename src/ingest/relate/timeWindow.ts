/**
 * Reading an inverted index in publication order: news on one event comes within days, so an
 * article looks at the entries of a feature's list nearest its own date, never the whole list.
 */

/**
 * Article numbers by publication day (undated last), ties in article order. News on one subject
 * comes in runs, so the articles nearest in time are the likeliest to be about the same events.
 */
export function timeOrder(days: ReadonlyArray<string | null | undefined>): Int32Array {
  const order = Int32Array.from(days.keys())
  const key = (i: number) => days[i] ?? '\uffff'
  return order.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b))
}

/**
 * The part of a feature's list [from, to) an article searches: all of it when short, else the
 * `window` entries around the article's own (`at`), which are its nearest in time.
 */
export function nearestWindow(from: number, to: number, at: number, window: number): [number, number] {
  if (to - from <= window) return [from, to]
  const start = Math.min(Math.max(from, at - (window >> 1)), to - window)
  return [start, start + window]
}
