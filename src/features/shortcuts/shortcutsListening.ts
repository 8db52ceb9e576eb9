/**
 * Settles once the keyboard shortcuts listen (components/KeyboardShortcuts.tsx, a chunk of its
 * own): the app announces itself ready only then, so a key pressed after that is never lost.
 * Part of the first screen's script, so that the root layout can wait for it without loading
 * the shortcuts themselves.
 */
let markListening: () => void = () => undefined
export const shortcutsListening = new Promise<void>((resolve) => {
  markListening = resolve
})

export function markShortcutsListening(): void {
  markListening()
}
