import { useQuery } from '@tanstack/react-query'
import type { RefObject } from 'react'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { searchTermsQueryOptions } from './api/searchQueries.ts'
import { useSearchHighlight } from './useSearchHighlight.ts'

/** Where an article shows text that can match. */
const MATCHABLE = '.article__title, .article__body p'

/**
 * On an article reached from search (`?q=`), highlights what the search looks for in its title and
 * text, read with the same term processing (and synonyms) as the index; only the small search
 * manifest is needed, no index shard.
 */
export function useArticleMatches(container: RefObject<Element | null>, articleId: string, query: string): void {
  const searching = query.trim() !== ''
  const { data: manifest } = useQuery({ ...manifestQueryOptions(), enabled: searching })
  const indexPath = manifest?.search?.index ?? null
  const { data: processTerm } = useQuery({
    ...searchTermsQueryOptions(indexPath ?? ''),
    enabled: searching && indexPath !== null,
  })
  useSearchHighlight(container, MATCHABLE, query, processTerm ?? null, articleId)
}
