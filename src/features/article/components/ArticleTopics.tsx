import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { formatList } from '@/lib/intlPhrases.ts'
import { useTopicLabel } from '@/lib/useTopicLabel.ts'

interface ArticleTopicsProps {
  topicIds: readonly string[]
  /** For each topic, the taxonomy terms found in the article: the reason it carries the topic. */
  topicMatches: Readonly<Record<string, readonly string[]>>
}

/** The article's topics, each with why: the terms that matched. */
export function ArticleTopics({ topicIds, topicMatches }: ArticleTopicsProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const topicLabel = useTopicLabel()
  const headingId = useId()
  if (topicIds.length === 0) return null
  return (
    <section className="article-topics" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('article.topics')}</h2>
      <ul className="article-topics__list">
        {topicIds.map((id) => {
          const terms = topicMatches[id] ?? []
          return (
            <li key={id} className="article-topics__item">
              <Link className="chip chip--link" to={paths.topic.getHref(id)}>
                {topicLabel(id)}
              </Link>
              {terms.length > 0 && (
                <p className="article-topics__why">
                  {t('article.matchedTerms')} <bdi lang="ar">{formatList(terms, 'ar')}</bdi>
                </p>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
