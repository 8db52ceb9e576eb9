import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { ToolIcon } from '@/components/ToolIcon.tsx'

type ShareOutcome = 'idle' | 'copied' | 'failed'

/**
 * Shares the article's link: the system share sheet where the browser has one (phones), else the
 * link is copied to the clipboard and the reader is told so.
 */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const [outcome, setOutcome] = useState<ShareOutcome>('idle')
  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
      } catch {
        // The reader closed the share sheet, or the browser refused: nothing to report.
      }
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      setOutcome('copied')
    } catch {
      setOutcome('failed')
    }
  }
  return (
    <>
      <button type="button" className="tool-button" onClick={() => void share()}>
        <ToolIcon name="share" />
        {t('reading.share')}
      </button>
      <span className="tool-status" role="status">
        {outcome === 'copied' && t('reading.linkCopied')}
        {outcome === 'failed' && (
          <>
            {t('reading.copyFailed')} <bdi dir="ltr">{url}</bdi>
          </>
        )}
      </span>
    </>
  )
}
