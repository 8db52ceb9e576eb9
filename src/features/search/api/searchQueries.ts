import { keepPreviousData, queryOptions } from '@tanstack/react-query'
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
 * The best `limit` results of a query. While the next keystroke's answer is on its way the
 * previous results stay on screen (no flash of "loading" between letters). A first screen
 * answered ahead of the rest is the query's data at once, replaced by the whole answer when that
 * is in; should the rest fail, the first screen stays, with "more results" to try again.
 */
export const searchResultsQueryOptions = (engine: SearchEngine, path: string, query: string, limit: number) =>
  queryOptions({
    queryKey: ['search', 'results', path, query, limit],
    queryFn: ({ client, queryKey }) =>
      new Promise<SearchAnswer>((resolve, reject) => {
        let firstScreen: SearchAnswer | null = null
        engine
          .search(query, limit, (answer) => {
            firstScreen = answer
            resolve(answer)
          })
          .then(
            (answer) => (firstScreen === null ? resolve(answer) : client.setQueryData(queryKey, answer)),
            (error: unknown) =>
              firstScreen === null
                ? reject(error)
                : client.setQueryData(queryKey, { ...firstScreen, complete: true, hasMore: true }),
          )
      }),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  })
