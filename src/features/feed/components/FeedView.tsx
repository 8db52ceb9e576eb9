import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from '@/lib/translation.ts'
import { ALL_LIST } from '@/config/paths.ts'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { LoadMore } from '@/components/LoadMore.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import type { Manifest } from '@/core/schema.ts'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { useMergedFeed } from '@/lib/feed/useMergedFeed.ts'
import { afterNextPaint } from '@/lib/afterNextPaint.ts'
import { markFilterChange, markResultsPainted } from '../feedMarks.ts'
import { knownTopics } from '../topicSelection.ts'
import { usePrefetchFirstPages } from '../usePrefetchFirstPages.ts'
import { useReachableFeeds } from '../useReachableFeeds.ts'
import { useShownFilter, type ShownFilter } from '../useShownFilter.ts'
import { FeedLists } from './FeedLists.tsx'
import { TopicFilter } from './TopicFilter.tsx'

export interface FeedViewProps {
  /** Topic ids from `?topic=`; empty means every article. */
  topics: readonly string[]
  /** Rounds of paging from `?page=` (1 = first page). */
  page: number
  onTopicsChange: (topics: string[]) => void
  onPageChange: (page: number) => void
}

/** The front page: topic filter, then article cards newest first, a page at a time. */
export function FeedView(props: FeedViewProps) {
  const { t } = useTranslation()
  const manifest = useQuery(manifestQueryOptions())
  const filter = useShownFilter(props.topics, props.page)
  usePrefetchFirstPages(filter.topics.length > 0 ? filter.topics : [ALL_LIST])
  return (
    <section className="feed" aria-labelledby="feed-title">
      <DocumentTitle />
      <PageHeading id="feed-title">{t('feed.title')}</PageHeading>
      <QueryView query={manifest} level="section">
        {(data) => <FilteredFeed manifest={data} filter={filter} {...props} />}
      </QueryView>
    </section>
  )
}

interface FilteredFeedProps extends FeedViewProps {
  manifest: Manifest
  filter: ShownFilter
}

function FilteredFeed({ manifest, filter, onTopicsChange, onPageChange }: FilteredFeedProps) {
  const { t } = useTranslation()
  const { page } = filter
  const selectedKey = knownTopics(filter.topics, manifest.topics).join(' ')
  // Kept while the selection is the same, so the memoised cards are not re-rendered for nothing.
  const selected = useMemo(() => (selectedKey === '' ? [] : selectedKey.split(' ')), [selectedKey])
  const lists = useMemo(() => (selected.length > 0 ? selected : [ALL_LIST]), [selected])
  const { query, loadMore } = useMergedFeed(lists, page, onPageChange)
  const reachable = useReachableFeeds(
    selected,
    manifest.topics.map((topic) => topic.id),
  )
  const digits = useDigits()
  const shown = query.data?.items.length
  const settled = shown !== undefined && !query.isPlaceholderData
  // The lists the cards on screen come from: while a new selection loads, the previous one's
  // cards stay as they were (links and all), not re-rendered as if they were the new list's.
  const [itemsLists, setItemsLists] = useState(lists)
  if (!query.isPlaceholderData && itemsLists !== lists) setItemsLists(lists)
  const cardsFrom = query.isPlaceholderData ? itemsLists : lists
  useEffect(() => (settled ? markResultsPainted(lists, shown) : undefined), [settled, lists, shown])
  const changeTopics = (next: string[]) => {
    markFilterChange(next)
    filter.press(next)
    // The URL follows once the new list is on screen (a timer set after the paint, so it also
    // comes after the painted-results mark's): writing the history entry and the router's
    // re-render of the page are work the reader need not wait for.
    afterNextPaint(() => setTimeout(() => onTopicsChange(next), 0))
  }
  return (
    <>
      <TopicFilter
        topics={manifest.topics}
        totalCount={manifest.articleCount}
        selected={selected}
        onChange={changeTopics}
      />
      <p className="feed__count" role="status">
        {shown === undefined ? '' : t('feed.resultCount', { count: shown, digits })}
      </p>
      <QueryView query={query} level="section">
        {(merged) => (
          <div aria-busy={query.isPlaceholderData}>
            <FeedLists
              shown={{ lists: cardsFrom, items: merged.items }}
              reachable={reachable}
              label={t('feed.listLabel')}
              emptyText={t('feed.empty')}
            />
            {!merged.complete && <LoadMore action={loadMore} label={t('feed.loadMore')} />}
          </div>
        )}
      </QueryView>
    </>
  )
}
