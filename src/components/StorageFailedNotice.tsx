import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'

/** The device refused to keep a change (storage full or blocked): it lasts for this visit only. */
export function StorageFailedNotice() {
  const { t } = useTranslation(PAGE_STRINGS)
  return (
    <p className="notice notice--error" role="alert">
      {t('storage.saveFailed')}
    </p>
  )
}
