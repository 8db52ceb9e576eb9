import '@/styles/related.css'
import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import type { RelatedArticle } from '@/core/schema.ts'

interface RelatedSectionProps {
  heading: string
  items: readonly RelatedArticle[]
  /** A line between the heading and the list (who covered a story). */
  intro?: ReactNode
  /** What each kind of list says under a title: a date, a score, the reasons. */
  renderDetails: (item: RelatedArticle) => ReactNode
}

/** One headed list of related articles ("same story", "read also", "similar"…); nothing when it is empty. */
export function RelatedSection({ heading, items, intro, renderDetails }: RelatedSectionProps) {
  const headingId = useId()
  if (items.length === 0) return null
  return (
    <section className="related__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {intro}
      <ul className="related__list">
        {items.map((item) => (
          <li key={item.id} className="related__item">
            <Link className="related__title" to={paths.article.getHref(item.id)} lang="ar" dir="auto">
              {item.title}
            </Link>
            {renderDetails(item)}
          </li>
        ))}
      </ul>
    </section>
  )
}
