import { useState } from 'react'
import { useTranslation } from '../../../lib/translation.ts'
import { StorageFailedNotice } from '../../../components/StorageFailedNotice.tsx'
import type { ArticleSummary } from '../../../core/schema.ts'
import { setSaved, useSavedArticles } from '../savedArticles.ts'

/** Save / saved toggle for an article; a device that refuses to keep it says so. */
export function SaveButton({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation()
  const saved = useSavedArticles().some((item) => item.id === article.id)
  const [saveFailed, setSaveFailed] = useState(false)
  return (
    <>
      <button type="button" className="tool-button tool-button--wide" aria-pressed={saved} onClick={() => setSaveFailed(!setSaved(article, !saved))}>
        {saved ? t('saved.saved') : t('saved.save')}
      </button>
      {saveFailed && <StorageFailedNotice />}
    </>
  )
}
