import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { PublishedDate } from '../../../components/PublishedDate.tsx'
import type { RelatedArticle } from '../../../core/schema.ts'

/** The articles the outlet itself placed under "اقرأ أيضاً" on the page. */
export function ReadAlsoList({ items }: { items: readonly RelatedArticle[] }) {
  const { t } = useTranslation()
  const headingId = useId()
  if (items.length === 0) return null
  return (
    <section className="related__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('related.readAlso')}</h2>
      <ul className="related__list">
        {items.map((item) => (
          <li key={item.id} className="related__item">
            <Link className="related__title" to={paths.article.getHref(item.id)} lang="ar" dir="auto">
              {item.title}
            </Link>
            <PublishedDate date={item.publishedAt} />
          </li>
        ))}
      </ul>
    </section>
  )
}
