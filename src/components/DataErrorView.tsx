import { useTranslation } from 'react-i18next'
import { PageHeading } from './PageHeading.tsx'

interface DataErrorViewProps {
  onRetry: () => void
  retrying: boolean
  /** `page` when the whole page failed (the message is its `<h1>`), `section` for a part of one. */
  level: 'page' | 'section'
}

/** A data file could not be read: say so plainly, and offer to try again. Never a blank screen. */
export function DataErrorView({ onRetry, retrying, level }: DataErrorViewProps) {
  const { t } = useTranslation()
  return (
    <div className={`data-error data-error--${level}`} role="alert">
      {level === 'page' ? <PageHeading>{t('error.title')}</PageHeading> : <p className="data-error__title">{t('error.title')}</p>}
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={retrying ? undefined : onRetry} aria-disabled={retrying}>
        {retrying ? t('error.retrying') : t('error.retry')}
      </button>
    </div>
  )
}
