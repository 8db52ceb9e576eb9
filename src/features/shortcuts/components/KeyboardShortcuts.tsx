import { lazy, Suspense, useEffect, useState } from 'react'
import { focusSearchField, isShortcutEvent } from '../keyboardShortcuts.ts'
import { markShortcutsListening } from '../shortcutsListening.ts'

// The list is needed only when asked for, so it is not part of the first screen's script. The
// key that asks for it is never lost: it opens the list, which shows as soon as it has loaded.
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
)

// Moving through articles too: each `j` or `k` acts once that has loaded, in the order pressed
// (offline on a first visit it cannot load: the key does nothing, and the next one tries again).
let mover: Promise<typeof import('../moveThroughArticles.ts')> | null = null
function moveThroughArticles(step: 1 | -1): void {
  mover ??= import('../moveThroughArticles.ts')
  mover.then(
    (module) => module.moveThroughArticles(step),
    () => {
      mover = null
    },
  )
}

/** Listens for the shortcuts on every page, from the first render; `?` opens the list of them. */
export function KeyboardShortcuts() {
  // While the list is open: where focus was when `?` was pressed, to give it back on close.
  const [openedFrom, setOpenedFrom] = useState<{ focus: Element | null } | null>(null)

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutEvent(event)) return
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault()
        moveThroughArticles(event.key === 'j' ? 1 : -1)
      } else if (event.key === '/') {
        if (focusSearchField()) event.preventDefault()
      } else if (event.key === '?') {
        event.preventDefault()
        const focus = document.activeElement
        setOpenedFrom((open) => open ?? { focus })
      }
    }
    document.addEventListener('keydown', onKeyDown)
    markShortcutsListening()
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  if (openedFrom === null) return null
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog returnFocus={openedFrom.focus} onClosed={() => setOpenedFrom(null)} />
    </Suspense>
  )
}
