/**
 * `j` and `k` (keyboardShortcuts.ts): the previous/next links of an article page (within the list
 * the reader came from), or the cards of a list. Loaded at the first of those keys, not with the
 * first screen.
 */
const CARD_LINK = '.article-card__title a'

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
