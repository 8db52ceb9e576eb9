import { useTranslation } from 'react-i18next'

/** The tab's title for the current page (React hoists `<title>` into `<head>`). */
export function DocumentTitle({ page }: { page?: string }) {
  const { t } = useTranslation()
  return <title>{page === undefined ? t('app.name') : t('app.documentTitle', { page })}</title>
}
