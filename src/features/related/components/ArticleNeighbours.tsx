import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { Link } from 'react-router'
import { ALL_LIST, paths } from '@/config/paths.ts'
import { DataErrorView } from '@/components/DataErrorView.tsx'
import { DirectionalArrow } from '@/components/DirectionalArrow.tsx'
import type { ArticleSummary } from '@/core/schema.ts'
import type { Selection } from '@/lib/feed/selection.ts'
import { formatList } from '@/lib/intlPhrases.ts'
import { useTopicLabel } from '@/lib/useTopicLabel.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { neighboursQueryOptions } from '../api/neighboursQuery.ts'

interface ArticleNeighboursProps {
  article: { id: string; publishedAt: string | null }
  /** The lists the reader came from (`?from=`); none when they came from elsewhere. */
  from: Selection
}

/** Previous / next within the list the reader came from, arrows pointing along the reading direction. */
export function ArticleNeighbours({ article, from }: ArticleNeighboursProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const language = useUiLanguage()
  const topicLabel = useTopicLabel()
  const query = useQuery({ ...neighboursQueryOptions(from, article), enabled: from.lists.length > 0 })
  if (from.lists.length === 0) return null
  if (query.isError)
    return (
      <DataErrorView
        error={query.error}
        level="section"
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    )
  const neighbours = query.data
  if (!neighbours || (neighbours.previous === null && neighbours.next === null)) return null
  const listName = from.lists.includes(ALL_LIST)
    ? t('neighbours.listAll')
    : formatList(from.lists.map(topicLabel), language)
  return (
    <nav className="neighbours" aria-label={t('neighbours.label')}>
      <p className="neighbours__context">{t('neighbours.withinList', { list: listName })}</p>
      <ul className="neighbours__links">
        {neighbours.previous && <NeighbourLink rel="prev" item={neighbours.previous} from={from} />}
        {neighbours.next && <NeighbourLink rel="next" item={neighbours.next} from={from} />}
      </ul>
    </nav>
  )
}

function NeighbourLink({ rel, item, from }: { rel: 'prev' | 'next'; item: ArticleSummary; from: Selection }) {
  const { t } = useTranslation(PAGE_STRINGS)
  return (
    <li className={`neighbours__item neighbours__item--${rel}`}>
      <Link rel={rel} className="neighbours__link" to={paths.article.getHref(item.id, from.lists)}>
        <span className="neighbours__direction">
          {rel === 'prev' && <DirectionalArrow direction="backward" />}
          {rel === 'prev' ? t('neighbours.previous') : t('neighbours.next')}
          {rel === 'next' && <DirectionalArrow direction="forward" />}
        </span>{' '}
        <span className="neighbours__title" lang="ar" dir="auto">
          {item.title}
        </span>
      </Link>
    </li>
  )
}
