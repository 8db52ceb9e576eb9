import '@/styles/settings.css'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'

interface ShortcutsDialogProps {
  /** Where focus was when the reader asked for the list: it goes back there on close. */
  returnFocus: Element | null
  onClosed: () => void
}

/** Each key (keyboardShortcuts.ts) and what it does, named for its label in the locale files (`shortcuts.<name>`). */
const shortcuts = [
  ['j', 'next'],
  ['k', 'previous'],
  ['/', 'search'],
  ['?', 'help'],
] as const

/**
 * The `?` list of shortcuts: a modal dialog (focus stays inside, Esc closes it), open from the
 * moment it mounts. Its own chunk, loaded the first time a reader asks for it.
 */
export function ShortcutsDialog({ returnFocus, onClosed }: ShortcutsDialogProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    // No closing cleanup: closing is the reader's, and ends with this dialog unmounted.
    if (dialog !== null && !dialog.open) dialog.showModal()
  }, [])

  function onClose() {
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus()
    onClosed()
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
