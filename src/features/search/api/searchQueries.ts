import { keepPreviousData, queryOptions } from '@tanstack/react-query'
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
 * previous results stay on screen (no flash of "loading" between letters).
 */
export const searchResultsQueryOptions = (engine: SearchEngine, path: string, query: string, limit: number) =>
  queryOptions({
    queryKey: ['search', 'results', path, query, limit],
    queryFn: () => engine.search(query, limit),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  })
