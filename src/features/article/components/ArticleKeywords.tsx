import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { SearchLinks } from '@/components/SearchLinks.tsx'

/** The outlet's keywords, each a search for articles sharing it. */
export function ArticleKeywords({ keywords }: { keywords: readonly string[] }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const headingId = useId()
  if (keywords.length === 0) return null
  return (
    <section className="article-keywords" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('article.keywords')}</h2>
      <SearchLinks words={keywords} />
    </section>
  )
}
