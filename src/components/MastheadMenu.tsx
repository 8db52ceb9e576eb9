import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'

/**
 * The masthead's menu on a phone: a disclosure button (aria-expanded) and the panel it shows
 * under the bar. Escape closes it and returns focus to the button; a tap outside it, or a new
 * page, closes it too. From tablet width the panel's content is laid out in the masthead itself
 * and the button is not shown (header.css), so the same links serve both.
 */
export function MastheadMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const { pathname } = useLocation()
  const [openOn, setOpenOn] = useState<string | null>(null)
  // Open only on the page it was opened on: following one of its links closes it.
  const open = openOn === pathname
  useEffect(() => {
    if (!open) return
    const inside = (target: EventTarget | null) =>
      target instanceof Node &&
      (buttonRef.current?.contains(target) === true || panelRef.current?.contains(target) === true)
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpenOn(null)
      buttonRef.current?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (!inside(event.target)) setOpenOn(null)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])
  // A link followed to the page already shown is no new page: it closes the menu all the same.
  const closeOnLink = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a') !== null) setOpenOn(null)
  }
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="app-header__menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t('nav.menu')}</span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="app-header__menu"
        data-open={open ? '' : undefined}
        onClick={closeOnLink}
      >
        {children}
      </div>
    </>
  )
}
