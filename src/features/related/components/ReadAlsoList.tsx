import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { PublishedDate } from '@/components/PublishedDate.tsx'
import type { RelatedArticle } from '@/core/schema.ts'
import { RelatedSection } from './RelatedSection.tsx'

/** The articles the outlet itself placed under "اقرأ أيضاً" on the page. */
export function ReadAlsoList({ items }: { items: readonly RelatedArticle[] }) {
  const { t } = useTranslation(PAGE_STRINGS)
  return (
    <RelatedSection
      heading={t('related.readAlso')}
      items={items}
      renderDetails={(item) => <PublishedDate date={item.publishedAt} />}
    />
  )
}
