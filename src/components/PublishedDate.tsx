import type { TFunction } from 'i18next'
import { useTranslation } from '../lib/translation.ts'
import { formatGregorianDate, formatHijriDate } from '../lib/intlFormat.ts'
import type { UiLanguage } from '../lib/language.ts'
import { useDigits, type Digits } from '../lib/readingSettings.ts'
import { useUiLanguage } from '../lib/useUiLanguage.ts'

/** The publication day in the Gregorian calendar, or "undated" when the page gave none. */
export function PublishedDate({ date }: { date: string | null }) {
  const { t } = useTranslation()
  return <PublishedDateText date={date} t={t} language={useUiLanguage()} digits={useDigits()} />
}

interface PublishedDateTextProps {
  date: string | null
  t: TFunction
  language: UiLanguage
  digits: Digits
}

/** `PublishedDate` with the language and digits given (an article card has them from its list). */
export function PublishedDateText({ date, t, language, digits }: PublishedDateTextProps) {
  if (date === null) return <span className="published-date">{t('common.undated')}</span>
  return (
    <time className="published-date" dateTime={date}>
      {formatGregorianDate(date, language, digits)}
    </time>
  )
}

/** The same day in the Hijri (Umm al-Qura) calendar. */
export function HijriDate({ date }: { date: string }) {
  const language = useUiLanguage()
  const digits = useDigits()
  return <span className="hijri-date">{formatHijriDate(date, language, digits)}</span>
}
