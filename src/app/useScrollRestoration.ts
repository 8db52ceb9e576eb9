import { useLayoutEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

const positions = new Map<string, number>()

/**
 * Scroll like a multi-page site: a new page opens at the top, Back and Forward return to where the
 * reader was on that entry, and a change of the same page's query (a filter, "load more", typing a
 * search) keeps the scroll where it is.
 */
export function useScrollRestoration(): void {
  const location = useLocation()
  const navigationType = useNavigationType()
  useLayoutEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual'
  }, [])
  useLayoutEffect(() => {
    const key = location.key
    const saved = positions.get(key)
    if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved)
    else if (navigationType !== 'REPLACE' && location.hash === '') window.scrollTo(0, 0)
    return () => {
      positions.set(key, window.scrollY)
    }
  }, [location.pathname, location.key, location.hash, navigationType])
}
