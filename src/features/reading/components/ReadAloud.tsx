import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { ToolIcon } from '@/components/ToolIcon.tsx'
import { useReadAloud } from '../useReadAloud.ts'

interface ReadAloudProps {
  paragraphs: readonly string[]
  /** The paragraph being read (its index), or null when the reading stops. */
  onParagraph: (index: number | null) => void
}

/**
 * Listen, then pause, resume and stop, for reading the article aloud. A browser without an Arabic
 * voice still shows "listen": the reader is told why it cannot be done when they ask, not before.
 */
export function ReadAloud({ paragraphs, onParagraph }: ReadAloudProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const { available, state, play, pause, stop } = useReadAloud(paragraphs, onParagraph)
  const [refused, setRefused] = useState(false)
  return (
    <>
      <div className="read-aloud" role="group" aria-label={t('readAloud.label')}>
        {state === 'playing' ? (
          <button type="button" className="tool-button" onClick={pause}>
            {t('readAloud.pause')}
          </button>
        ) : (
          <button type="button" className="tool-button" onClick={available ? play : () => setRefused(true)}>
            <ToolIcon name="listen" />
            {state === 'paused' ? (
              t('readAloud.resume')
            ) : (
              <>
                <span aria-hidden="true">{t('readAloud.playShort')}</span>
                <span className="visually-hidden">{t('readAloud.play')}</span>
              </>
            )}
          </button>
        )}
        {state !== 'idle' && (
          <button type="button" className="tool-button" onClick={stop}>
            {t('readAloud.stop')}
          </button>
        )}
      </div>
      <p className="tool-status" role="status">
        {refused && !available ? t('readAloud.unavailable') : ''}
      </p>
    </>
  )
}
