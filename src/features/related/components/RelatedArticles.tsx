import { useTranslation } from '../../../lib/translation.ts'
import type { RelatedArticle } from '../../../core/schema.ts'
import { ReadAlsoList } from './ReadAlsoList.tsx'
import { SimilarArticles } from './SimilarArticles.tsx'

/** Where to go from here: the page's own "read also" links first, then similar articles. */
export function RelatedArticles({ related }: { related: readonly RelatedArticle[] }) {
  const { t } = useTranslation()
  const readAlso = related.filter((item) => item.kind === 'read-also')
  const similar = related
    .filter((item) => item.kind === 'similar')
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
  if (readAlso.length === 0 && similar.length === 0) return null
  return (
    <nav className="related" aria-label={t('related.label')}>
      <ReadAlsoList items={readAlso} />
      <SimilarArticles items={similar} />
    </nav>
  )
}
