import { useTranslation } from 'react-i18next'

interface LoadMoreProps {
  onLoad: () => void
  /** Loading: the button says so, and a press does nothing. */
  pending: boolean
  /** The last load failed: the error is said, and the button retries. */
  failed?: boolean
  label: string
}

/** "Load more" for a paged list; if the next page fails, the cards stay and the button retries. */
export function LoadMore({ onLoad, pending, failed = false, label }: LoadMoreProps) {
  const { t } = useTranslation()
  // aria-disabled rather than disabled: a disabled button drops keyboard focus mid-load.
  function load() {
    if (!pending) onLoad()
  }
  return (
    <div className="load-more">
      {failed && (
        <p className="load-more__error" role="alert">
          {t('error.title')}
        </p>
      )}
      <button type="button" className="button" aria-disabled={pending} onClick={load}>
        {pending ? t('feed.loadingMore') : failed ? t('error.retry') : label}
      </button>
    </div>
  )
}
