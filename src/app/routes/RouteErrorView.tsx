import { useTranslation } from 'react-i18next'
import { PageHeading } from '@/components/PageHeading.tsx'

/**
 * Last resort for an unexpected error while rendering a page (data errors have their own view
 * with Retry). Reloading starts the page afresh.
 */
export function RouteErrorView() {
  const { t } = useTranslation()
  return (
    <div className="data-error data-error--page" role="alert">
      <PageHeading>{t('error.title')}</PageHeading>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </div>
  )
}
