import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { PublishedDate } from '@/components/PublishedDate.tsx'
import type { ArticleCopy, RelatedArticle, Story } from '@/core/schema.ts'
import { PublishedCopies } from './PublishedCopies.tsx'
import { ReadAlsoList } from './ReadAlsoList.tsx'
import { RelatedSection } from './RelatedSection.tsx'
import { SameStoryList } from './SameStoryList.tsx'
import { SimilarArticles } from './SimilarArticles.tsx'

interface RelatedArticlesProps {
  related: readonly RelatedArticle[]
  story?: Story | null
  /** Other outlets' copies of the same text, folded into this article. */
  copies?: readonly ArticleCopy[]
}

/**
 * Where to go from here, after who else published the same text: the same story from other outlets first, then the page's own "read also"
 * links, related coverage (newest first, as the ingest orders it), and, for an article with none
 * of these, its outlet's neighbouring pages.
 */
export function RelatedArticles({ related, story = null, copies = [] }: RelatedArticlesProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const of = (kind: RelatedArticle['kind']) => related.filter((item) => item.kind === kind)
  const sameOutlet = of('same-outlet')
  if (related.length === 0 && copies.length === 0) return null
  return (
    <nav className="related" aria-label={t('related.label')}>
      <PublishedCopies copies={copies} />
      <SameStoryList items={of('same-story')} story={story} />
      <ReadAlsoList items={of('read-also')} />
      <SimilarArticles items={of('similar')} />
      <RelatedSection
        heading={t('related.sameOutlet')}
        items={sameOutlet}
        renderDetails={(item) => <PublishedDate date={item.publishedAt} />}
      />
    </nav>
  )
}
