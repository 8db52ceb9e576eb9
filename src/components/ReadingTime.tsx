import { useTranslation } from 'react-i18next'

/** "3 دقائق قراءة" — with the Arabic plural form the count calls for. */
export function ReadingTime({ minutes }: { minutes: number }) {
  const { t } = useTranslation()
  return <span className="reading-time">{t('common.readingMinutes', { count: minutes })}</span>
}
