import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ArticleList } from '@/components/ArticleList.tsx'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { LoadMore } from '@/components/LoadMore.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import type { Manifest } from '@/core/schema.ts'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { chosenTopics, feedSelection, selectionOf, type Selection } from '@/lib/feed/selection.ts'
import { useMergedFeed } from '@/lib/feed/useMergedFeed.ts'
import { markFilterChange, markResultsPainted } from '../feedMarks.ts'
import { knownTopics } from '../topicSelection.ts'
import { usePrefetchFirstPages } from '../usePrefetchFirstPages.ts'
import { usePrefetchReachable } from '../usePrefetchReachable.ts'
import { TopicFilter } from './TopicFilter.tsx'

export interface FeedViewProps {
  /** Topic ids from `?topic=`; empty means every article. */
  topics: readonly string[]
  /** Rounds of paging from `?page=` (1 = first page). */
  page: number
  /** A new filter: the route puts it in the URL, which this view then shows. */
  onTopicsChange: (topics: readonly string[]) => void
  onPageChange: (page: number) => void
}

/** The front page: topic filter, then article cards newest first, a page at a time. */
export function FeedView({ topics, page, onTopicsChange, onPageChange }: FeedViewProps) {
  const { t } = useTranslation()
  const manifest = useQuery(manifestQueryOptions())
  // Asked for with the manifest, before it says which topics exist.
  usePrefetchFirstPages(feedSelection(topics).lists)
  return (
    <section className="feed" aria-labelledby="feed-title">
      <DocumentTitle />
      <PageHeading id="feed-title">{t('feed.title')}</PageHeading>
      <QueryView query={manifest} level="section">
        {(data) => (
          <FilteredFeed
            manifest={data}
            selection={feedSelection(knownTopics(topics, data.topics))}
            page={page}
            onTopicsChange={onTopicsChange}
            onPageChange={onPageChange}
          />
        )}
      </QueryView>
    </section>
  )
}

interface FilteredFeedProps {
  manifest: Manifest
  /** The URL's filter, its unknown topics left out. */
  selection: Selection
  page: number
  onTopicsChange: (topics: readonly string[]) => void
  onPageChange: (page: number) => void
}

function FilteredFeed({ manifest, selection, page, onTopicsChange, onPageChange }: FilteredFeedProps) {
  const { t } = useTranslation()
  const { query, loadMore, loadingMore } = useMergedFeed(selection, page, onPageChange)
  usePrefetchReachable(selection, manifest.topics)
  const digits = useDigits()
  const shown = query.data?.items.length
  const settled = shown !== undefined && !query.isPlaceholderData
  useEffect(() => (settled ? markResultsPainted(selection.lists, shown) : undefined), [settled, selection, shown])
  const changeTopics = (next: readonly string[]) => {
    markFilterChange(next)
    onTopicsChange(chosenTopics(feedSelection(next)))
  }
  return (
    <>
      <TopicFilter
        topics={manifest.topics}
        totalCount={manifest.articleCount}
        selected={chosenTopics(selection)}
        onChange={changeTopics}
      />
      <p className="feed__count" role="status">
        {shown === undefined ? '' : t('feed.resultCount', { count: shown, digits })}
      </p>
      <QueryView query={query} level="section">
        {(merged) => (
          <div aria-busy={query.isPlaceholderData}>
            {merged.items.length === 0 ? (
              <p className="feed__empty">{t('feed.empty')}</p>
            ) : (
              // While a new selection loads, the cards shown are still the previous one's, links and all.
              <ArticleList items={merged.items} from={selectionOf(merged.lists)} label={t('feed.listLabel')} />
            )}
            {!merged.complete && (
              <LoadMore
                onLoad={loadMore}
                pending={loadingMore.isPending}
                failed={loadingMore.isError}
                label={t('feed.loadMore')}
              />
            )}
          </div>
        )}
      </QueryView>
    </>
  )
}
