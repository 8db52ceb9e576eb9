import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { PublishedDate } from '@/components/PublishedDate.tsx'
import type { RelatedArticle, Story } from '@/core/schema.ts'
import { RelatedSection } from './RelatedSection.tsx'
import { storyOutlets } from '../storyOutlets.ts'

/**
 * The same event as other outlets reported it, first among the related links: which outlets
 * covered it, then each report with its outlet and date.
 */
export function SameStoryList({ items, story }: { items: readonly RelatedArticle[]; story: Story | null }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const outlets = storyOutlets(story)
  return (
    <RelatedSection
      heading={t('related.sameStory')}
      items={items}
      intro={
        outlets.length > 0 && (
          <p className="related__coverage">
            {t('story.outlets', { count: outlets.length })}
            {': '}
            {outlets.map((outlet, i) => (
              <span key={outlet}>
                {i > 0 && t('related.listSeparator')}
                <bdi lang="ar">{outlet}</bdi>
              </span>
            ))}
          </p>
        )
      }
      renderDetails={(item) => (
        <p className="related__meta">
          {item.outlet != null && (
            <bdi className="related__outlet" lang="ar">
              {item.outlet}
            </bdi>
          )}
          <PublishedDate date={item.publishedAt} />
        </p>
      )}
    />
  )
}
