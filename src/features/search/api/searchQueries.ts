import {
  experimental_streamedQuery as streamedQuery,
  QueryObserver,
  queryOptions,
  type QueryClient,
} from '@tanstack/react-query'
import type { SearchAnswer } from '@/core/search/searchSession.ts'
import { openSearchEngine, openSearchTerms, type SearchEngine } from './searchEngine.ts'

/** Opened once per visit: the search data changes only with a new deployment. */
export const searchEngineQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['search', 'engine', path],
    queryFn: ({ signal }) => openSearchEngine(path, signal),
    staleTime: Infinity,
  })

/** The search's term processing alone, for an article highlighting what the search looked for. */
export const searchTermsQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['search', 'terms', path],
    queryFn: ({ signal }) => openSearchTerms(path, signal),
    staleTime: Infinity,
  })

/**
 * What the results show for a query: the engine's answers as they stream in. Should the rest fail
 * after a first screen, the first screen stays, with "more results" to try again.
 */
async function* shownAnswers(engine: SearchEngine, query: string, limit: number): AsyncGenerator<SearchAnswer> {
  let firstScreen: SearchAnswer | null = null
  try {
    for await (const answer of engine.search(query, limit)) {
      if (!answer.complete) firstScreen = answer
      yield answer
    }
  } catch (error) {
    if (firstScreen === null) throw error
    yield { ...firstScreen, complete: true, hasMore: true }
  }
}

/**
 * The best `limit` results of a query, streamed (docs/app.md, "Search"): the query has data, and
 * the results show, from the first answer on; a first screen answered ahead of the rest is
 * replaced by the whole answer when that is in. Each answer replaces the one before.
 */
export const searchResultsQueryOptions = (engine: SearchEngine, path: string, query: string, limit: number) =>
  queryOptions({
    queryKey: ['search', 'results', path, query, limit],
    queryFn: streamedQuery({
      streamFn: () => shownAnswers(engine, query, limit),
      reducer: (_shown: SearchAnswer, answer: SearchAnswer) => answer,
      initialValue: { query, total: 0, exact: true, articles: [], hasMore: false, complete: false },
    }),
    staleTime: Infinity,
  })

/**
 * Asks for a query's results at once (a keystroke, before anything renders), settling when they
 * can be shown: on the first answer streamed in (or a failure), not at the stream's end.
 */
export function firstAnswer(client: QueryClient, options: ReturnType<typeof searchResultsQueryOptions>): Promise<void> {
  return new Promise((resolve) => {
    const observer = new QueryObserver(client, options)
    const unsubscribe = observer.subscribe((result) => {
      if (result.status === 'pending') return
      unsubscribe()
      resolve()
    })
  })
}
