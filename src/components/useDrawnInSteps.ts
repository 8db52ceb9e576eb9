import { startTransition, useEffect, useMemo, useState } from 'react'

/**
 * Cards drawn in the render that replaces a list (a new filter, a keystroke's results): more than
 * any screen shows at once (a phone three or four, a wide screen's two columns eight or so). The
 * rest follow in a render of their own right after, below the fold, so the new list is on screen
 * without waiting for every card to be built.
 */
export const FIRST_SCREEN_CARDS = 10

/**
 * The items to draw now: all of them for the list shown first (a page opened, or returned to, so
 * a restored scroll position finds its place) and when more are added to the same list; only the
 * first screen's when the list is replaced (`listKey` changed), the whole list in a transition
 * right after.
 */
export function useDrawnInSteps<T>(items: readonly T[], listKey: string): readonly T[] {
  const [drawnWhole, setDrawnWhole] = useState(listKey)
  const whole = drawnWhole === listKey
  useEffect(() => {
    if (!whole) startTransition(() => setDrawnWhole(listKey))
  }, [whole, listKey])
  // The same array while nothing changes, for memoised lists of cards.
  return useMemo(() => (whole ? items : items.slice(0, FIRST_SCREEN_CARDS)), [whole, items])
}
