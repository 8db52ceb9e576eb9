import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { PublishedDate } from '../../../components/PublishedDate.tsx'
import type { RelatedArticle } from '../../../core/schema.ts'
import { formatPercent } from '../../../lib/intlFormat.ts'
import { useDigits } from '../../../lib/readingSettings.ts'
import { useUiLanguage } from '../../../lib/useUiLanguage.ts'
import { RelationReasons } from './RelationReasons.tsx'

/** Articles the ingest found similar, most similar first, each saying why. */
export function SimilarArticles({ items }: { items: readonly RelatedArticle[] }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const digits = useDigits()
  const headingId = useId()
  if (items.length === 0) return null
  return (
    <section className="related__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('related.similar')}</h2>
      <ul className="related__list">
        {items.map((item) => (
          <li key={item.id} className="related__item">
            <Link className="related__title" to={paths.article.getHref(item.id)} lang="ar" dir="auto">
              {item.title}
            </Link>
            <p className="related__meta">
              <PublishedDate date={item.publishedAt} />
              {item.score !== undefined && (
                <span className="related__score">{t('related.score', { percent: formatPercent(item.score, language, digits) })}</span>
              )}
            </p>
            {item.reasons !== undefined && <RelationReasons reasons={item.reasons} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
