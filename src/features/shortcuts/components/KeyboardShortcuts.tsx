import { useEffect, useId, useRef } from 'react'
import { useTranslation } from '../../../lib/translation.ts'
import { focusSearchField, isShortcutEvent, moveThroughArticles, shortcuts } from '../keyboardShortcuts.ts'

/**
 * Listens for the shortcuts on every page, and holds the `?` dialog that lists them. The dialog
 * is modal (focus stays inside, Esc closes it) and gives focus back to where it was.
 */
export function KeyboardShortcuts() {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const returnFocus = useRef<Element | null>(null)
  const headingId = useId()

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutEvent(event)) return
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault()
        moveThroughArticles(event.key === 'j' ? 1 : -1)
      } else if (event.key === '/') {
        if (focusSearchField()) event.preventDefault()
      } else if (event.key === '?') {
        const dialog = dialogRef.current
        if (dialog === null || dialog.open) return
        event.preventDefault()
        returnFocus.current = document.activeElement
        dialog.showModal()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  function onClose() {
    const previous = returnFocus.current
    returnFocus.current = null
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
  }

  return (
    <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{t('shortcuts.title')}</h2>
      <dl className="shortcuts-dialog__list">
        {shortcuts.map(([key, name]) => (
          <div key={key} className="shortcuts-dialog__item">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
        {t('shortcuts.close')}
      </button>
    </dialog>
  )
}
