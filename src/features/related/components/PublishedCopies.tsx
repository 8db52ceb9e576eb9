import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { PublishedDate } from '@/components/PublishedDate.tsx'
import type { ArticleCopy } from '@/core/schema.ts'

/**
 * The outlets that published the same text (wire copy folded into this article at ingest): each
 * outlet with its headline and date. They have no page of their own, so nothing here is a link.
 */
export function PublishedCopies({ copies }: { copies: readonly ArticleCopy[] }) {
  const { t } = useTranslation(PAGE_STRINGS)
  if (copies.length === 0) return null
  return (
    <section className="related__section related__copies" aria-label={t('related.copies')}>
      <h2>{t('related.copies')}</h2>
      <ul className="related__list">
        {copies.map((copy, i) => (
          <li key={i} className="related__item">
            <span className="related__title" lang="ar" dir="auto">
              {copy.title}
            </span>
            <p className="related__meta">
              {copy.outlet !== null && (
                <bdi className="related__outlet" lang="ar">
                  {copy.outlet}
                </bdi>
              )}
              <PublishedDate date={copy.publishedAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
