import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { ArticleCard } from '@/components/ArticleCard.tsx'
import { DataErrorView } from '@/components/DataErrorView.tsx'
import { LoadMore } from '@/components/LoadMore.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import { useDrawnInSteps } from '@/components/useDrawnInSteps.ts'
import type { ArticleSummary } from '@/core/schema.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import type { SearchEngine } from '../api/searchEngine.ts'
import { searchResultsQueryOptions } from '../api/searchQueries.ts'
import { markResultsPainted } from '../searchTiming.ts'
import { useSearchHighlight } from '../useSearchHighlight.ts'
import type { SearchAnswer } from '@/core/search/searchSession.ts'
import { SearchSuggestions } from './SearchSuggestions.tsx'

/** Results shown at first, and added by each "more results". */
export const RESULTS_PAGE_SIZE = 20

/** Where a result card shows text that can match. */
const MATCHABLE = '.article-card__title, .article-card__excerpt'

interface SearchResultsProps {
  engine: SearchEngine
  /** The search manifest's path (part of the results' cache key). */
  indexPath: string
  query: string
}

/** The count (announced), the matching articles with their matches highlighted, or suggestions. */
export function SearchResults({ engine, indexPath, query }: SearchResultsProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const searching = query.trim() !== ''
  // How many results to show, back to one page whenever the query changes.
  const [shown, setShown] = useState({ query, limit: RESULTS_PAGE_SIZE })
  const limit = shown.query === query ? shown.limit : RESULTS_PAGE_SIZE
  const results = useQuery({
    ...searchResultsQueryOptions(engine, indexPath, query, limit),
    enabled: searching,
    // While the next keystroke's answer is on its way the previous results stay on screen (no
    // flash of "loading" between letters), as do the first results while more are asked for.
    placeholderData: keepPreviousData,
  })

  if (!searching) {
    return (
      <p className="feed__count" role="status">
        {t('search.prompt')}
      </p>
    )
  }
  // A failed query says so, even while the previous query's results are still at hand.
  if (results.isError) {
    return (
      <DataErrorView
        level="section"
        error={results.error}
        retrying={results.isFetching}
        onRetry={() => void results.refetch()}
      />
    )
  }
  // More results are this query's, with a larger limit: loading while those stand in for them.
  const more: MoreResults = {
    show: () => setShown({ query, limit: limit + RESULTS_PAGE_SIZE }),
    pending: results.isPlaceholderData && results.data?.query === query,
  }
  return (
    <QueryView query={results} level="section">
      {(answer) => <AnswerView answer={answer} current={!results.isPlaceholderData} engine={engine} more={more} />}
    </QueryView>
  )
}

interface AnswerViewProps {
  answer: SearchAnswer
  /** False while the answer shown is the previous query's, the next one on its way. */
  current: boolean
  engine: SearchEngine
  more: MoreResults
}

interface MoreResults {
  show: () => void
  pending: boolean
}

function AnswerView({ answer, current, engine, more }: AnswerViewProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const digits = useDigits()
  const listRef = useRef<HTMLOListElement>(null)
  const list = useCallback(() => listRef.current, [])
  // A new query's first screen of results first, the rest right after (and highlighted then).
  const drawn = useDrawnInSteps(answer.articles, answer.query, list)
  const shownIds = drawn.map((a) => a.id).join()
  useSearchHighlight(listRef, MATCHABLE, answer.query, engine.processTerm, shownIds)
  useEffect(() => (current ? markResultsPainted(answer.query, answer.articles.length) : undefined), [answer, current])
  const count = t(answer.exact ? 'search.resultCount' : 'search.resultCountAbout', { count: answer.total, digits })

  return (
    <>
      <p className="feed__count" role="status">
        {count}
      </p>
      {answer.total === 0 && <SearchSuggestions query={answer.query} suggestions={engine.suggestions} />}
      {answer.articles.length > 0 && (
        <ol
          ref={listRef}
          className="article-list"
          aria-label={t('search.resultsLabel')}
          aria-busy={!current || !answer.complete}
        >
          <ResultCards articles={drawn} query={answer.query} />
        </ol>
      )}
      {answer.hasMore && <LoadMore onLoad={more.show} pending={more.pending} label={t('search.more')} />}
    </>
  )
}

/** Search results are no feed list: an article opened from them has no previous/next in a list. */
const NO_LIST: readonly string[] = []

/** The cards of one answer; a keystroke re-renders the page around them while they stay as they are. */
const ResultCards = memo(function ResultCards({
  articles,
  query,
}: {
  articles: readonly ArticleSummary[]
  query: string
}) {
  return articles.map((article) => (
    <li key={article.id}>
      <ArticleCard article={article} from={NO_LIST} query={query} />
    </li>
  ))
})
