/**
 * The names of the app's performance marks and measures, in one place: the app places them
 * (src/features/feed/feedMarks.ts, src/features/search/searchTiming.ts and its worker handle) and
 * `npm run bench` reads them (scripts/bench). No imports: the bench loads this file in Node.
 *
 * - `feed:filter-change` when the reader changes the topic filter; `feed:results-painted` once the
 *   new filter's results are on screen (after the next paint).
 * - `search:input` (detail: { query }) when a keystroke changes the query; `search:results-painted`
 *   (detail: { query, count }) once that query's answer is on screen: its first screen when that is
 *   answered ahead of the rest, placed again when the rest is in.
 * - measures `search:keystroke` (input → painted), `search:first-results` (navigation start → the
 *   first results painted on the page) and `search:answer` (query sent to the worker → its answer).
 */
export const FEED_MARKS = { filterChange: 'feed:filter-change', resultsPainted: 'feed:results-painted' } as const

export const SEARCH_MARKS = { input: 'search:input', painted: 'search:results-painted' } as const

export const SEARCH_MEASURES = {
  keystroke: 'search:keystroke',
  firstResults: 'search:first-results',
  answer: 'search:answer',
} as const
