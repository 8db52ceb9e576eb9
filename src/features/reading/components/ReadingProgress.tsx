import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { formatPercent } from '@/lib/intlPhrases.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'

/** A thin bar along the top of the window: how much of the article is behind the reader. */
export function ReadingProgress({ fraction }: { fraction: number }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const language = useUiLanguage()
  const digits = useDigits()
  const percent = Math.round(fraction * 100)
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label={t('reading.progress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={formatPercent(fraction, language, digits)}
    >
      {/* No style attribute at 0 %: a prerendered page's markup carries none, which the CSP would refuse. */}
      <div className="reading-progress__bar" style={percent === 0 ? undefined : { inlineSize: `${percent}%` }} />
    </div>
  )
}
