import { useQuery } from '@tanstack/react-query'
import { useMemo, type RefObject } from 'react'
import { manifestQueryOptions } from '../../lib/data/manifestQuery.ts'
import { searchEngineQueryOptions } from './api/searchIndexQuery.ts'
import { searchArticles } from './searchArticles.ts'
import { useSearchHighlight } from './useSearchHighlight.ts'

/** Where an article shows text that can match. */
const MATCHABLE = '.article__title, .article__body p'

/**
 * On an article reached from search (`?q=`), highlights what the search matched in its title and
 * text. The same index answers, so the article shows exactly the matches that listed it.
 */
export function useArticleMatches(container: RefObject<Element | null>, articleId: string, query: string): void {
  const searching = query.trim() !== ''
  const { data: manifest } = useQuery({ ...manifestQueryOptions(), enabled: searching })
  const indexPath = manifest?.search?.index ?? null
  const { data: engine } = useQuery({ ...searchEngineQueryOptions(indexPath ?? ''), enabled: searching && indexPath !== null })
  const terms = useMemo(
    () => (engine === undefined ? null : (searchArticles(engine, query).matchedTerms.get(articleId) ?? null)),
    [engine, query, articleId],
  )
  useSearchHighlight(container, MATCHABLE, terms, engine?.processTerm ?? null, articleId)
}
