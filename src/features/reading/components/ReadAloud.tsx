import { useTranslation } from '../../../lib/translation.ts'
import { useReadAloud } from '../useReadAloud.ts'

interface ReadAloudProps {
  paragraphs: readonly string[]
  /** The paragraph being read (its index), or null when the reading stops. */
  onParagraph: (index: number | null) => void
}

/** Play, pause and stop for reading the article aloud; or why it cannot be read aloud here. */
export function ReadAloud({ paragraphs, onParagraph }: ReadAloudProps) {
  const { t } = useTranslation()
  const { available, state, play, pause, stop } = useReadAloud(paragraphs, onParagraph)
  if (!available) return <p className="tool-status tool-status--note">{t('readAloud.unavailable')}</p>
  return (
    <div className="read-aloud" role="group" aria-label={t('readAloud.label')}>
      {state === 'playing' ? (
        <button type="button" className="tool-button tool-button--wide" onClick={pause}>
          {t('readAloud.pause')}
        </button>
      ) : (
        <button type="button" className="tool-button tool-button--wide" onClick={play}>
          {state === 'paused' ? t('readAloud.resume') : t('readAloud.play')}
        </button>
      )}
      {state !== 'idle' && (
        <button type="button" className="tool-button tool-button--wide" onClick={stop}>
          {t('readAloud.stop')}
        </button>
      )}
    </div>
  )
}
