import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { ToolIcon } from '@/components/ToolIcon.tsx'
import type { Article } from '@/core/schema.ts'
import { ReadAloud } from '@/features/reading/components/ReadAloud.tsx'
import { ShareButton } from '@/features/reading/components/ShareButton.tsx'
import { SaveButton } from '@/features/saved/components/SaveButton.tsx'
import { QuickReadingControls } from '@/features/settings/components/QuickReadingControls.tsx'
import { markRead, markUnread, readStateStore } from '@/lib/readState.ts'
import { useDeviceStore } from '@/lib/storage.ts'

interface ArticleToolsProps {
  article: Article
  shareUrl: string
  onParagraph: (index: number | null) => void
}

/**
 * The article's reading tools in one compact bar between the metadata line and the text: options
 * (text size, theme, all settings, keep unread: a disclosure, so they take no room until asked
 * for), save, share, listen. Statuses (link copied, no Arabic voice) appear under the bar.
 */
export function ArticleTools({ article, shareUrl, onParagraph }: ArticleToolsProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const [optionsOpen, setOptionsOpen] = useState(false)
  const optionsId = useId()
  return (
    <>
      <div className="reading-bar" role="group" aria-label={t('readingBar.label')}>
        <button
          type="button"
          className="tool-button"
          aria-expanded={optionsOpen}
          aria-controls={optionsId}
          onClick={() => setOptionsOpen(!optionsOpen)}
        >
          <ToolIcon name="options" />
          <span className="visually-hidden">{t('readingBar.options')}</span>
        </button>
        <SaveButton article={article} />
        <ShareButton title={article.title} url={shareUrl} />
        <ReadAloud paragraphs={article.body} onParagraph={onParagraph} />
      </div>
      <div id={optionsId} className="reading-options" hidden={!optionsOpen}>
        <QuickReadingControls />
        <KeepUnread id={article.id} />
      </div>
    </>
  )
}

/** Opening an article marks it read; this takes the mark off (and puts it back). */
function KeepUnread({ id }: { id: string }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const unread = !useDeviceStore(readStateStore).includes(id)
  return (
    <button
      type="button"
      className="tool-button tool-button--wide"
      aria-pressed={unread}
      onClick={() => (unread ? markRead(id) : markUnread(id))}
    >
      {t('reading.keepUnread')}
    </button>
  )
}
