import '@/styles/topic.css'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { NotFoundView } from '@/components/NotFoundView.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import type { TopicSummary } from '@/core/schema.ts'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { TopicTerms } from './TopicTerms.tsx'
import { TopicTimeline } from './TopicTimeline.tsx'

export interface TopicViewProps {
  topicId: string
  /** Rounds of paging through the topic's thread, from `?page=`. */
  page: number
  onPageChange: (page: number) => void
}

/** A topic's page: what it is about (its defining terms) and its thread of articles as a timeline. */
export function TopicView({ topicId, page, onPageChange }: TopicViewProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const manifest = useQuery(manifestQueryOptions())
  return (
    <QueryView query={manifest}>
      {(data) => {
        const topic = data.topics.find((candidate) => candidate.id === topicId)
        if (topic === undefined) return <NotFoundView title={t('topic.notFoundTitle')} body={t('topic.notFoundBody')} />
        return <TopicPage topic={topic} page={page} onPageChange={onPageChange} />
      }}
    </QueryView>
  )
}

function TopicPage({ topic, page, onPageChange }: { topic: TopicSummary } & Omit<TopicViewProps, 'topicId'>) {
  const { t } = useTranslation(PAGE_STRINGS)
  const language = useUiLanguage()
  const label = topic.labels[language]
  return (
    <article className="topic-page">
      <DocumentTitle page={label} />
      <header className="topic-page__header">
        <p className="kicker">{t('topic.kicker')}</p>
        <PageHeading>{label}</PageHeading>
        <p className="topic-page__count">{t('common.articleCount', { count: topic.count })}</p>
        <p>
          <Link to={paths.home.getHref([topic.id])}>{t('topic.showInFeed')}</Link>
        </p>
      </header>
      <TopicTerms terms={topic.terms} />
      <TopicTimeline topicId={topic.id} page={page} onPageChange={onPageChange} />
    </article>
  )
}
