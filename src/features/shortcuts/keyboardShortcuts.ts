/**
 * Single-key shortcuts (keyboard-only use; docs/app.md, "Routes"): `j`/`k` next/previous article, `/` the
 * search field, `?` the list of shortcuts. They act on what the page shows, found in the DOM
 * (moving through articles: moveThroughArticles.ts, loaded at the first `j` or `k`; the list of
 * them: components/ShortcutsDialog.tsx, loaded at `?`).
 */

/** Typing in a field, or a key held with a modifier, is never a shortcut. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false
  const target = event.target
  if (!(target instanceof HTMLElement)) return true
  if (target.isContentEditable) return false
  return !target.closest('input, textarea, select, dialog')
}

/** `/`: the search field of the page (the search page's own, else the masthead's). */
export function focusSearchField(): boolean {
  const field = document.querySelector<HTMLInputElement>('input[data-search-field]')
  field?.focus()
  field?.select()
  return field !== null
}
