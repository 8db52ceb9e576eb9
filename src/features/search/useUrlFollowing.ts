import { useRef } from 'react'

/**
 * The URL following what is typed, after the keystroke's frame: the router applies a URL change
 * as a transition that renders the whole page again, work that must not stand between a
 * keystroke and its results. Keys typed before that moment make one URL change, the latest text.
 */
export function useUrlFollowing(onQueryChange: (query: string) => void): (query: string) => void {
  const latest = useRef<{ query: string; report: (query: string) => void } | null>(null)
  return (query) => {
    const scheduled = latest.current !== null
    latest.current = { query, report: onQueryChange }
    if (scheduled) return
    requestAnimationFrame(() =>
      setTimeout(() => {
        const pending = latest.current
        latest.current = null
        if (pending !== null) pending.report(pending.query)
      }, 0),
    )
  }
}
