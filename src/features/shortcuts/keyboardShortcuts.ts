/**
 * Single-key shortcuts (DESIGN §5, keyboard-only use): `j`/`k` next/previous article, `/` the
 * search field, `?` the list of shortcuts. They act on what the page shows, found in the DOM: the previous/next links of an
 * article page (within the list the reader came from), or the cards of a list.
 */
/** Each key and what it does, named for its label in the locale files (`shortcuts.<name>`). */
export const shortcuts = [
  ['j', 'next'],
  ['k', 'previous'],
  ['/', 'search'],
  ['?', 'help'],
] as const

const CARD_LINK = '.article-card__title a'

/** Typing in a field, or a key held with a modifier, is never a shortcut. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false
  const target = event.target
  if (!(target instanceof HTMLElement)) return true
  if (target.isContentEditable) return false
  return !target.closest('input, textarea, select, dialog')
}

/** `j` (+1) or `k` (−1): follow the article page's next/previous link, else move between cards. */
export function moveThroughArticles(step: 1 | -1): void {
  const neighbour = document.querySelector<HTMLAnchorElement>(`.neighbours a[rel="${step === 1 ? 'next' : 'prev'}"]`)
  if (neighbour !== null) {
    neighbour.click()
    return
  }
  const cards = [...document.querySelectorAll<HTMLAnchorElement>(CARD_LINK)]
  if (cards.length === 0) return
  const current = cards.findIndex((link) => link.closest('.article-card')?.contains(document.activeElement))
  const next = current === -1 ? (step === 1 ? 0 : cards.length - 1) : current + step
  const target = cards[Math.min(Math.max(next, 0), cards.length - 1)]
  target?.focus()
  target?.scrollIntoView({ block: 'nearest' })
}

/** `/`: the search field of the page (the search page's own, else the masthead's). */
export function focusSearchField(): boolean {
  const field = document.querySelector<HTMLInputElement>('input[data-search-field]')
  field?.focus()
  field?.select()
  return field !== null
}
