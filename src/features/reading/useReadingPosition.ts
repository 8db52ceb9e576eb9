import { useEffect, useRef, useState, type RefObject } from 'react'
import { isResumable, readPosition, scrolledFraction, scrollTopFor, storePosition } from './readingPositions.ts'

const SAVE_DELAY_MS = 400

/**
 * Tracks how far the reader is through the article (for the progress bar), resumes where they
 * stopped last time, and keeps the position on the device as they read. Returns the fraction read
 * and whether the page resumed.
 */
export function useReadingPosition(articleId: string, articleRef: RefObject<HTMLElement | null>) {
  const [fraction, setFraction] = useState(0)
  const [resumedAt, setResumedAt] = useState<number | null>(null)
  const last = useRef<number | null>(null)

  useEffect(() => {
    const element = articleRef.current
    if (element === null) return
    let restored = false
    let frame = 0
    let saveTimer: ReturnType<typeof setTimeout> | undefined
    const save = () => {
      if (last.current !== null && element.isConnected) storePosition(articleId, last.current)
    }
    const measure = () => {
      frame = 0
      // Leaving the page: the router resets the scroll before this page's listeners are gone.
      if (!element.isConnected) return
      const now = scrolledFraction(element)
      setFraction(now)
      // Scrolls before the resume (the router's reset to the top) are not the reader's.
      if (!restored) return
      last.current = now
      clearTimeout(saveTimer)
      saveTimer = setTimeout(save, SAVE_DELAY_MS)
    }
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    }
    const onHide = () => save()
    const stored = readPosition(articleId)
    let cancelled = false
    const resume = () => {
      if (cancelled) return
      if (isResumable(stored)) {
        window.scrollTo({ top: scrollTopFor(element, stored), behavior: 'instant' })
        setResumedAt(stored)
      }
      restored = true
      measure()
    }
    // Fonts change the article's height, so resume once they are in; and a frame later still, after
    // the router has reset the scroll for the new page.
    void document.fonts.ready.then(() => {
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(resume)))
    })
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)
    window.addEventListener('pagehide', onHide)
    return () => {
      cancelled = true
      cancelAnimationFrame(frame)
      clearTimeout(saveTimer)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
      window.removeEventListener('pagehide', onHide)
      // No last save here: by now the router has reset the scroll for the next page, and that
      // position is not the reader's. The scroll saved a moment after the reader stopped stands.
    }
  }, [articleId, articleRef])

  return { fraction, resumedAt }
}
