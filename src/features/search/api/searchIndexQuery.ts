import { queryOptions } from '@tanstack/react-query'
import type MiniSearch from 'minisearch'
import { searchIndexFileSchema } from '../../../core/schema.ts'
import { searchIndexOptions, type SearchDocument } from '../../../core/search/searchIndexOptions.ts'
import { searchTermProcessor, type TermProcessor } from '../../../core/search/searchTerms.ts'
import { DataError } from '../../../lib/data/dataErrors.ts'
import { fetchData } from '../../../lib/data/fetchData.ts'

/** The loaded index, with the term processor it was built with (to find matches in displayed text). */
export interface SearchEngine {
  readonly index: MiniSearch<SearchDocument>
  readonly processTerm: TermProcessor
  readonly suggestions: readonly string[]
}

/**
 * Reads the index the ingest wrote (path from the manifest) and loads it into MiniSearch. The
 * engine is imported here, on demand, so only the pages that search download it.
 */
export async function getSearchEngine(path: string, signal?: AbortSignal): Promise<SearchEngine> {
  const [file, { default: MiniSearchEngine }] = await Promise.all([
    fetchData(path, searchIndexFileSchema, signal),
    import('minisearch'),
  ])
  try {
    const index = MiniSearchEngine.loadJS<SearchDocument>(file.index as never, searchIndexOptions(file.synonyms))
    return { index, processTerm: searchTermProcessor(file.synonyms), suggestions: file.suggestions }
  } catch (cause) {
    throw new DataError(path, 'not a search index this version can read', { cause })
  }
}

/** Loaded once per visit: the index changes only with a new deployment. */
export const searchEngineQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['search', 'engine', path],
    queryFn: ({ signal }) => getSearchEngine(path, signal),
    staleTime: Infinity,
  })
