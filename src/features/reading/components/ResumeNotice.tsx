import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'

/** Says that the page opened where the reader stopped, with a way back to the top. */
export function ResumeNotice() {
  const { t } = useTranslation(PAGE_STRINGS)
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  function startOver() {
    window.scrollTo({ top: 0, behavior: 'instant' })
    setDismissed(true)
  }
  return (
    <div className="resume-notice" role="status">
      <span>{t('reading.resumed')}</span>
      <button type="button" className="tool-button tool-button--wide" onClick={startOver}>
        {t('reading.startOver')}
      </button>
      <button type="button" className="tool-button tool-button--wide" onClick={() => setDismissed(true)}>
        {t('reading.close')}
      </button>
    </div>
  )
}
