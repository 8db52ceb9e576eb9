import { useTranslation } from '@/lib/translation.ts'

interface LoadMoreProps {
  action: { mutate: () => void; isPending: boolean; isError: boolean }
  label: string
}

/** "Load more" for a paged list; if the next page fails, the cards stay and the button retries. */
export function LoadMore({ action, label }: LoadMoreProps) {
  const { t } = useTranslation()
  // aria-disabled rather than disabled: a disabled button drops keyboard focus mid-load.
  function load() {
    if (!action.isPending) action.mutate()
  }
  return (
    <div className="load-more">
      {action.isError && (
        <p className="load-more__error" role="alert">
          {t('error.title')}
        </p>
      )}
      <button type="button" className="button" aria-disabled={action.isPending} onClick={load}>
        {action.isPending ? t('feed.loadingMore') : action.isError ? t('error.retry') : label}
      </button>
    </div>
  )
}
