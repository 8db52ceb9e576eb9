import type { TFunction } from 'i18next'
import { formatGregorianDate } from '@/lib/intlFormat.ts'
import type { UiLanguage } from '@/lib/language.ts'
import type { Digits } from '@/lib/readingSettingsValues.ts'

interface PublishedDateTextProps {
  date: string | null
  t: TFunction
  language: UiLanguage
  digits: Digits
}

/**
 * The publication day in the Gregorian calendar, or "undated" when the page gave none, with the
 * language and digits given: an article card has them from its list (cardFormat.tsx), the
 * article page from PublishedDate.tsx.
 */
export function PublishedDateText({ date, t, language, digits }: PublishedDateTextProps) {
  if (date === null) return <span className="published-date">{t('common.undated')}</span>
  return (
    <time className="published-date" dateTime={date}>
      {formatGregorianDate(date, language, digits)}
    </time>
  )
}
