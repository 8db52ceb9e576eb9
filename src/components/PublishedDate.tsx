import { useTranslation } from 'react-i18next'
import { useDigits } from '@/lib/readingSettings.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { PublishedDateText } from './PublishedDateText.tsx'

/** The publication day in the Gregorian calendar, or "undated" when the page gave none. */
export function PublishedDate({ date }: { date: string | null }) {
  const { t } = useTranslation()
  return <PublishedDateText date={date} t={t} language={useUiLanguage()} digits={useDigits()} />
}
