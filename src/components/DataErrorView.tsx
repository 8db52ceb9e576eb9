import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { DataError } from '@/lib/data/dataErrors.ts'
import { useOnlineStatus } from '@/pwa/useOnlineStatus.ts'
import { PageHeading } from './PageHeading.tsx'

interface DataErrorViewProps {
  /** What went wrong, so the message can say it in the reader's terms. */
  error?: unknown
  onRetry: () => void
  retrying: boolean
  /** `page` when the whole page failed (the message is its `<h1>`), `section` for a part of one. */
  level: 'page' | 'section'
}

/** The message's title and body keys: offline first (the reader can do something about it), then what the server did. */
function messageKeys(error: unknown, online: boolean): { title: string; body: string } {
  if (!online) return { title: 'error.offlineTitle', body: 'error.offlineBody' }
  if (!(error instanceof DataError)) return { title: 'error.title', body: 'error.body' }
  switch (error.kind) {
    case 'timeout':
      return { title: 'error.title', body: 'error.timeoutBody' }
    case 'server':
      return { title: 'error.title', body: 'error.serverBody' }
    case 'corrupt':
      return { title: 'error.title', body: 'error.corruptBody' }
    case 'network':
      return { title: 'error.title', body: 'error.body' }
  }
}

/** A data file could not be read: say so plainly, and offer to try again. Never a blank screen. */
export function DataErrorView({ error, onRetry, retrying, level }: DataErrorViewProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const online = useOnlineStatus()
  const keys = messageKeys(error, online)
  return (
    <div className={`data-error data-error--${level}`} role="alert">
      {level === 'page' ? (
        <PageHeading>{t(keys.title)}</PageHeading>
      ) : (
        <p className="data-error__title">{t(keys.title)}</p>
      )}
      <p>{t(keys.body)}</p>
      <button type="button" className="button" onClick={retrying ? undefined : onRetry} aria-disabled={retrying}>
        {retrying ? t('error.retrying') : t('error.retry')}
      </button>
    </div>
  )
}
