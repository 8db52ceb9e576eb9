import { useTranslation } from 'react-i18next'

/** Shown while a route's code chunk downloads (usually a blink; longer on a slow network). */
export function RouteLoading() {
  const { t } = useTranslation()
  return (
    <p className="loading" aria-busy="true">
      {t('common.loading')}
    </p>
  )
}
