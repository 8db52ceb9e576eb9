import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { TopicSummary } from '@/core/schema.ts'
import { formatNumber } from '@/lib/intlFormat.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { toggleTopic } from '../topicSelection.ts'

interface TopicFilterProps {
  topics: readonly TopicSummary[]
  totalCount: number
  selected: readonly string[]
  onChange: (selected: readonly string[]) => void
}

/** Multi-select topic chips (toggle buttons) plus "all", which clears the selection. */
export function TopicFilter({ topics, totalCount, selected, onChange }: TopicFilterProps) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const labelId = useId()
  return (
    <div className="topic-filter">
      <p id={labelId} className="topic-filter__label">
        {t('feed.filterLabel')}
      </p>
      <div className="topic-filter__chips" role="group" aria-labelledby={labelId}>
        <FilterChip
          label={t('feed.filterAll')}
          count={totalCount}
          pressed={selected.length === 0}
          onClick={() => onChange([])}
        />
        {topics.map((topic) => (
          <FilterChip
            key={topic.id}
            label={topic.labels[language]}
            count={topic.count}
            pressed={selected.includes(topic.id)}
            onClick={() => onChange(toggleTopic(selected, topic.id))}
          />
        ))}
      </div>
    </div>
  )
}

interface FilterChipProps {
  label: string
  count: number
  pressed: boolean
  onClick: () => void
}

function FilterChip({ label, count, pressed, onClick }: FilterChipProps) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const digits = useDigits()
  return (
    <button type="button" className="chip chip--toggle" aria-pressed={pressed} onClick={onClick}>
      <span>{label}</span>{' '}
      <span className="chip__count" aria-hidden="true">
        {formatNumber(count, language, digits)}
      </span>
      <span className="visually-hidden">{t('common.articleCount', { count, digits })}</span>
    </button>
  )
}
