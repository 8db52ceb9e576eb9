import { useTranslation } from 'react-i18next'
import { useDigits } from '@/lib/readingSettings.ts'

/** "3 دقائق قراءة" — with the Arabic plural form the count calls for, in the reader's digits. */
export function ReadingTime({ minutes }: { minutes: number }) {
  const { t } = useTranslation()
  const digits = useDigits()
  return <span className="reading-time">{t('common.readingMinutes', { count: minutes, digits })}</span>
}
