import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { PublishedDate } from '@/components/PublishedDate.tsx'
import type { RelatedArticle } from '@/core/schema.ts'
import { formatPercent } from '@/lib/intlPhrases.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { RelatedSection } from './RelatedSection.tsx'
import { RelationReasons } from './RelationReasons.tsx'

/** Related coverage the ingest found (same people, places, topic), newest first, each saying why. */
export function SimilarArticles({ items }: { items: readonly RelatedArticle[] }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const language = useUiLanguage()
  const digits = useDigits()
  return (
    <RelatedSection
      heading={t('related.similar')}
      items={items}
      renderDetails={(item) => (
        <>
          <p className="related__meta">
            <PublishedDate date={item.publishedAt} />
            {item.score !== undefined && (
              <span className="related__score">
                {t('related.score', { percent: formatPercent(item.score, language, digits) })}
              </span>
            )}
          </p>
          {item.reasons !== undefined && <RelationReasons reasons={item.reasons} />}
        </>
      )}
    />
  )
}
