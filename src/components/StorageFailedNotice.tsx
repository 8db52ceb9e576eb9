import { useTranslation } from '@/lib/translation.ts'

/** The device refused to keep a change (storage full or blocked): it lasts for this visit only. */
export function StorageFailedNotice() {
  const { t } = useTranslation()
  return (
    <p className="notice notice--error" role="alert">
      {t('storage.saveFailed')}
    </p>
  )
}
