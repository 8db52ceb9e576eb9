import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { StorageFailedNotice } from '@/components/StorageFailedNotice.tsx'
import { BookmarkIcon } from '@/components/LineIcon.tsx'
import type { ArticleSummary } from '@/core/schema.ts'
import { setSaved, useSavedArticles } from '@/lib/savedArticles.ts'

/**
 * Save / saved toggle for an article, in the article's tool bar: a short word on screen, the
 * whole name for assistive technology. A device that refuses to keep it says so.
 */
export function SaveButton({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const saved = useSavedArticles().some((item) => item.id === article.id)
  const [saveFailed, setSaveFailed] = useState(false)
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-pressed={saved}
        onClick={() => setSaveFailed(!setSaved(article, !saved))}
      >
        <BookmarkIcon filled={saved} />
        <span aria-hidden="true">{saved ? t('saved.saved') : t('saved.saveShort')}</span>
        <span className="visually-hidden">{saved ? t('saved.saved') : t('saved.save')}</span>
      </button>
      {saveFailed && <StorageFailedNotice />}
    </>
  )
}
