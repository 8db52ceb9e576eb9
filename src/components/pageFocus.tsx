/**
 * Focus follows navigation (docs/app.md, "Routes"): after a route change, the new page's `<h1>`
 * takes focus so a screen-reader or keyboard user starts reading at the new content. The first
 * page of a visit is left alone — focus then belongs to the browser.
 */
import { createContext, useContext, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router'

const InitialLocationKey = createContext<string | null>(null)

export function PageFocusProvider({ children }: { children: ReactNode }) {
  const location = useLocation()
  const [initialKey] = useState(location.key)
  return <InitialLocationKey.Provider value={initialKey}>{children}</InitialLocationKey.Provider>
}

/** True once the reader has navigated away from the page the visit started on. */
export function useHasNavigated(): boolean {
  const location = useLocation()
  const initialKey = useContext(InitialLocationKey)
  return initialKey !== null && location.key !== initialKey
}
