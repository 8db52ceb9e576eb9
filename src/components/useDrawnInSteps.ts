import { startTransition, useEffect, useMemo, useState } from 'react'
import { afterNextPaint } from '@/lib/afterNextPaint.ts'

/**
 * Shorter than any card can be on screen: a one-word title and the date line, no excerpt, no
 * topic, which measures 7.2rem (115 px) on a phone. The floor when there are no cards to measure.
 */
const SHORTEST_CARD_REM = 6

/** Cards measured for the row height: the first screen's worth and a few more. */
const CARDS_MEASURED = 8

/** Two columns of cards from this width up (feed.css). */
const TWO_COLUMNS = '(min-width: 64rem)'

/**
 * How many cards fill the screen below the top of `list` (the list being replaced, still where
 * the new one will start), counting rows as tall as the shortest of its first cards: the new
 * cards come from the same corpus and are laid out alike (on a phone below the filter, two of
 * about 260 px). A new list of shorter cards leaves the screen's foot empty until its whole list
 * is drawn, right after that first paint. On a wide screen's two columns, twice as many.
 */
export function cardsToFillScreen(list: Element | null): number {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const top = Math.min(Math.max(list?.getBoundingClientRect().top ?? 0, 0), window.innerHeight)
  const rowHeight = Math.max(SHORTEST_CARD_REM * rem, shortestCard(list))
  const rows = Math.max(1, Math.ceil((window.innerHeight - top) / rowHeight))
  return rows * (window.matchMedia(TWO_COLUMNS).matches ? 2 : 1)
}

/** The height of the shortest of the list's first cards; 0 with none (layout is clean here). */
function shortestCard(list: Element | null): number {
  let shortest = Number.POSITIVE_INFINITY
  for (let card = list?.firstElementChild, n = 0; card && n < CARDS_MEASURED; card = card.nextElementSibling, n++) {
    shortest = Math.min(shortest, card.getBoundingClientRect().height)
  }
  return Number.isFinite(shortest) ? shortest : 0
}

/**
 * The items to draw now: all of them for the list shown first (a page opened, or returned to, so
 * a restored scroll position finds its place) and when more are added to the same list; when the
 * list is replaced (`listKey` changed), only the cards that fill the screen, in the render of the
 * reader's own press or keystroke, and the whole list in a transition once those are painted.
 * `firstScreen()` is the list element the first step is measured on (where the new cards will
 * start: the list being replaced, as the previous render laid it out).
 */
export function useDrawnInSteps<T>(
  items: readonly T[],
  listKey: string,
  firstScreen: () => Element | null,
): readonly T[] {
  const [drawnWhole, setDrawnWhole] = useState(listKey)
  const whole = drawnWhole === listKey
  // After the first screen's paint: results that arrive between frames (a search answer) would
  // otherwise have the whole list laid out before that paint.
  useEffect(
    () => (whole ? undefined : afterNextPaint(() => startTransition(() => setDrawnWhole(listKey)))),
    [whole, listKey],
  )
  // The same array while nothing changes, for memoised lists of cards.
  return useMemo(() => (whole ? items : items.slice(0, cardsToFillScreen(firstScreen()))), [whole, items, firstScreen])
}
