import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from '../../../lib/translation.ts'
import { ALL_LIST } from '../../../config/paths.ts'
import { ArticleList } from '../../../components/ArticleList.tsx'
import { DocumentTitle } from '../../../components/DocumentTitle.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { QueryView } from '../../../components/QueryView.tsx'
import type { Manifest } from '../../../core/schema.ts'
import { manifestQueryOptions } from '../../../lib/data/manifestQuery.ts'
import { useDigits } from '../../../lib/readingSettings.ts'
import { useMergedFeed } from '../../../lib/feed/useMergedFeed.ts'
import { markFilterChange, markResultsPainted } from '../feedMarks.ts'
import { knownTopics } from '../topicSelection.ts'
import { usePrefetchFirstPages } from '../usePrefetchFirstPages.ts'
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
  usePrefetchFirstPages(props.topics.length > 0 ? props.topics : [ALL_LIST])
  return (
    <section className="feed" aria-labelledby="feed-title">
      <DocumentTitle />
      <PageHeading id="feed-title">{t('feed.title')}</PageHeading>
      <QueryView query={manifest} level="section">
        {(data) => <FilteredFeed manifest={data} {...props} />}
      </QueryView>
    </section>
  )
}

function FilteredFeed({ manifest, topics, page, onTopicsChange, onPageChange }: FeedViewProps & { manifest: Manifest }) {
  const { t } = useTranslation()
  const selected = knownTopics(topics, manifest.topics)
  const lists = selected.length > 0 ? selected : [ALL_LIST]
  const { query, loadMore } = useMergedFeed(lists, page, onPageChange)
  const digits = useDigits()
  const shown = query.data?.items.length
  const settled = shown !== undefined && !query.isPlaceholderData
  const listsKey = lists.join(' ')
  useEffect(() => (settled ? markResultsPainted(listsKey.split(' '), shown) : undefined), [settled, listsKey, shown])
  const changeTopics = (next: string[]) => {
    markFilterChange(next)
    onTopicsChange(next)
  }
  return (
    <>
      <TopicFilter topics={manifest.topics} totalCount={manifest.articleCount} selected={selected} onChange={changeTopics} />
      <p className="feed__count" role="status">
        {shown === undefined ? '' : t('feed.resultCount', { count: shown, digits })}
      </p>
      <QueryView query={query} level="section">
        {(merged) => (
          <div aria-busy={query.isPlaceholderData}>
            {merged.items.length === 0 ? (
              <p className="feed__empty">{t('feed.empty')}</p>
            ) : (
              <ArticleList items={merged.items} from={lists} label={t('feed.listLabel')} />
            )}
            {!merged.complete && <LoadMore action={loadMore} label={t('feed.loadMore')} />}
          </div>
        )}
      </QueryView>
    </>
  )
}
