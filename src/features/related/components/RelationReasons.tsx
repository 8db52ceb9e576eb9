import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import type { RelationReasons as Reasons } from '@/core/schema.ts'
import { formatList } from '@/lib/intlPhrases.ts'
import { useTopicLabel } from '@/lib/useTopicLabel.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'

/** Why two articles are related: the topics, keywords and names they share. */
export function RelationReasons({ reasons }: { reasons: Reasons }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const language = useUiLanguage()
  const topicLabel = useTopicLabel()
  const lines = [
    // Topic labels are in the UI language; keywords and names are Arabic text from the articles.
    {
      key: 'topics',
      label: 'related.reasonTopics',
      text: formatList(reasons.topics.map(topicLabel), language),
      lang: language,
    },
    { key: 'keywords', label: 'related.reasonKeywords', text: formatList(reasons.keywords, 'ar'), lang: 'ar' },
    { key: 'names', label: 'related.reasonNames', text: formatList(reasons.names, 'ar'), lang: 'ar' },
  ].filter((line) => line.text !== '')
  if (lines.length === 0) return null
  return (
    <p className="relation-reasons">
      {lines.map((line) => (
        <span key={line.key} className="relation-reasons__line">
          {t(line.label)} <bdi lang={line.lang}>{line.text}</bdi>
        </span>
      ))}
    </p>
  )
}
