import { useId } from 'react'
import { useTranslation } from '@/lib/translation.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'

/** The outlet's keywords, each a search for articles sharing it. */
export function ArticleKeywords({ keywords }: { keywords: readonly string[] }) {
  const { t } = useTranslation()
  const headingId = useId()
  if (keywords.length === 0) return null
  return (
    <section className="article-keywords" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('article.keywords')}</h2>
      <ul className="keyword-list">
        {keywords.map((keyword) => (
          <li key={keyword}>
            <Link className="chip chip--link" to={paths.search.getHref(keyword)} lang="ar" dir="auto">
              {keyword}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
