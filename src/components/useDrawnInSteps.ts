import { startTransition, useEffect, useMemo, useState, type RefObject } from 'react'
import { afterNextPaint } from '../lib/afterNextPaint.ts'

/**
 * Shorter than any card can be on screen: a one-word title and the date line, no excerpt, no
 * topic, which measures 7.2rem (115 px) on a phone. Counting with it, a first step never leaves a gap.
 */
const SHORTEST_CARD_REM = 6

/** Two columns of cards from this width up (feed.css). */
const TWO_COLUMNS = '(min-width: 64rem)'

/**
 * How many cards fill the screen below the top of `list` (the list being replaced, still where
 * the new one will start): on a phone with the filter above the list four, on a wide screen's two
 * columns up to twenty.
 */
export function cardsToFillScreen(list: Element | null): number {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const top = Math.min(Math.max(list?.getBoundingClientRect().top ?? 0, 0), window.innerHeight)
  const rows = Math.max(1, Math.ceil((window.innerHeight - top) / (SHORTEST_CARD_REM * rem)))
  return rows * (window.matchMedia(TWO_COLUMNS).matches ? 2 : 1)
}

/**
 * The items to draw now: all of them for the list shown first (a page opened, or returned to, so
 * a restored scroll position finds its place) and when more are added to the same list; when the
 * list is replaced (`listKey` changed), only the cards that fill the screen, in the render of the
 * reader's own press or keystroke, and the whole list in a transition once those are painted.
 * `list` is the list element, read (once per replacement) for where the new cards will start.
 */
export function useDrawnInSteps<T>(items: readonly T[], listKey: string, list: RefObject<Element | null>): readonly T[] {
  const [drawnWhole, setDrawnWhole] = useState(listKey)
  const whole = drawnWhole === listKey
  // After the first screen's paint: results that arrive between frames (a search answer) would
  // otherwise have the whole list laid out before that paint.
  useEffect(() => (whole ? undefined : afterNextPaint(() => startTransition(() => setDrawnWhole(listKey)))), [whole, listKey])
  // Read once per replacement, from the list element as the previous render laid it out.
  const firstStep = useMemo(() => (whole ? 0 : cardsToFillScreen(list.current)), [whole, listKey, list])
  // The same array while nothing changes, for memoised lists of cards.
  return useMemo(() => (whole ? items : items.slice(0, firstStep)), [whole, items, firstStep])
}
