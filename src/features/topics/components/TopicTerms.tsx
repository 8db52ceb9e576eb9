import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'

/** The taxonomy terms that put an article in this topic, so the reader sees what it covers. */
export function TopicTerms({ terms }: { terms: readonly string[] }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const headingId = useId()
  if (terms.length === 0) return null
  return (
    <section className="topic-terms" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('topic.terms')}</h2>
      <p className="topic-terms__intro">{t('topic.termsIntro')}</p>
      <ul className="topic-terms__list">
        {terms.map((term) => (
          <li key={term} className="term" lang="ar" dir="auto">
            {term}
          </li>
        ))}
      </ul>
    </section>
  )
}
