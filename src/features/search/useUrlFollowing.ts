import { useCallback, useEffect, useRef } from 'react'
import { whenIdle } from '@/lib/whenIdle.ts'

/** The URL is this far behind the field at most, when the page never goes idle. */
const MAX_URL_DELAY_MS = 1_000

/**
 * The URL following what is typed, once the page is idle: the router applies a URL change as a
 * transition that renders the whole page again, work that must not stand between a keystroke and
 * its results (the search worker answers within a frame or two, and its cards are still to be
 * laid out and painted). Keys typed meanwhile make one URL change, the latest text. A press
 * anywhere, or Enter, brings the URL up to date first, so a result opened right after typing
 * leaves behind a history entry with the query that listed it.
 */
export function useUrlFollowing(onQueryChange: (query: string) => void): (query: string) => void {
  const pending = useRef<{ query: string; report: (query: string) => void } | null>(null)
  const cancelWait = useRef<(() => void) | null>(null)
  const catchUp = useCallback(() => {
    cancelWait.current?.()
    cancelWait.current = null
    const latest = pending.current
    pending.current = null
    if (latest !== null) latest.report(latest.query)
  }, [])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter') catchUp()
    }
    document.addEventListener('pointerdown', catchUp, { capture: true })
    document.addEventListener('keydown', onKey, { capture: true })
    return () => {
      document.removeEventListener('pointerdown', catchUp, { capture: true })
      document.removeEventListener('keydown', onKey, { capture: true })
      cancelWait.current?.()
    }
  }, [catchUp])
  return (query) => {
    pending.current = { query, report: onQueryChange }
    cancelWait.current ??= whenIdle(catchUp, { timeoutMs: MAX_URL_DELAY_MS, fallbackMs: 100 })
  }
}
