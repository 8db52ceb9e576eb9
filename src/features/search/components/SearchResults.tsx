import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ArticleCard } from '../../../components/ArticleCard.tsx'
import { paths } from '../../../config/paths.ts'
import { useDigits } from '../../../lib/readingSettings.ts'
import type { SearchEngine } from '../api/searchIndexQuery.ts'
import { allMatchedTerms, searchArticles } from '../searchArticles.ts'
import { useSearchHighlight } from '../useSearchHighlight.ts'

/** Where a result card shows text that can match. */
const MATCHABLE = '.article-card__title, .article-card__excerpt'

/** The count (announced), the matching articles with their matches highlighted, or suggestions. */
export function SearchResults({ engine, query }: { engine: SearchEngine; query: string }) {
  const { t } = useTranslation()
  const digits = useDigits()
  const listRef = useRef<HTMLOListElement>(null)
  const outcome = useMemo(() => searchArticles(engine, query), [engine, query])
  const terms = useMemo(() => allMatchedTerms(outcome), [outcome])
  const shown = outcome.articles.map((a) => a.id).join()
  useSearchHighlight(listRef, MATCHABLE, terms, engine.processTerm, shown)
  const searching = query.trim() !== ''

  return (
    <>
      <p className="feed__count" role="status">
        {searching ? t('search.resultCount', { count: outcome.articles.length, digits }) : t('search.prompt')}
      </p>
      {searching && outcome.articles.length === 0 && (
        <div className="search__nothing">
          <p>
            {t('search.noResults')} <bdi lang="ar">{query}</bdi>
          </p>
          {engine.suggestions.length > 0 && (
            <>
              <p>{t('search.suggestions')}</p>
              <ul className="keyword-list" aria-label={t('search.suggestions')}>
                {engine.suggestions.map((word) => (
                  <li key={word}>
                    <Link className="chip chip--link" to={paths.search.getHref(word)} lang="ar" dir="auto">
                      {word}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {outcome.articles.length > 0 && (
        <ol ref={listRef} className="article-list" aria-label={t('search.resultsLabel')}>
          {outcome.articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} from={[]} query={query} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
