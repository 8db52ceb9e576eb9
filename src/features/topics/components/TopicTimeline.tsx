import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { ArticleList } from '@/components/ArticleList.tsx'
import { LoadMore } from '@/components/LoadMore.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import { selectionOf } from '@/lib/feed/selection.ts'
import { useMergedFeed } from '@/lib/feed/useMergedFeed.ts'

interface TopicTimelineProps {
  topicId: string
  page: number
  onPageChange: (page: number) => void
}

/** The topic's thread, newest first down a dated line; older articles a page at a time. */
export function TopicTimeline({ topicId, page, onPageChange }: TopicTimelineProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const headingId = useId()
  const selection = selectionOf([topicId])
  const { query, loadMore, loadingMore } = useMergedFeed(selection, page, onPageChange)
  return (
    <section className="topic-timeline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('topic.timeline')}</h2>
      <QueryView query={query} level="section">
        {(merged) => (
          <>
            <div className="timeline">
              <ArticleList items={merged.items} from={selection} label={t('topic.timeline')} headingLevel={3} />
            </div>
            {!merged.complete && (
              <LoadMore
                onLoad={loadMore}
                pending={loadingMore.isPending}
                failed={loadingMore.isError}
                label={t('topic.loadEarlier')}
              />
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}
