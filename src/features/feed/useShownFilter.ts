import { useState } from 'react'

export interface ShownFilter {
  readonly topics: readonly string[]
  readonly page: number
  /** A chip press: shown at once, its URL change following. */
  readonly press: (topics: readonly string[]) => void
}

export interface Presses {
  /** The latest press's selection, shown until the URL has caught up with it. */
  readonly shown: readonly string[]
  /** The URL keys of presses whose URL change has not arrived yet, oldest first. */
  readonly pending: readonly string[]
}

export const urlKeyOf = (topics: readonly string[], page: number) => `${topics.join(' ')}#${page}`

/** A press: shown at once, its URL awaited after those still on their way. */
export function pressed(before: Presses | null, topics: readonly string[]): Presses {
  return { shown: topics, pending: [...(before?.pending ?? []), urlKeyOf(topics, 1)] }
}

/**
 * The URL has changed to `urlKey`: the presses still to show. The URL arriving at an earlier
 * press while a later one is on its way keeps the later one; anything else is the URL's to show.
 */
export function urlArrived(presses: Presses | null, urlKey: string): Presses | null {
  const arrived = presses?.pending.indexOf(urlKey) ?? -1
  if (presses === null || arrived < 0 || arrived === presses.pending.length - 1) return null
  return { ...presses, pending: presses.pending.slice(arrived + 1) }
}

/**
 * The filter the feed shows: the URL's, except that a chip press shows its selection at once,
 * ahead of the URL. The router applies a URL change as a transition (the whole page rendered
 * again, in slices, behind the current screen), so a list that waited for it would appear only
 * after that; a press is a state update of the reader's own click instead, drawn in the next
 * frame, and the URL follows. When the URL arrives at an earlier press while a later one is on
 * its way, the later one stays shown; any other change of the URL (back, forward, a link, "load
 * more", the last press arriving) is shown as it comes.
 */
export function useShownFilter(urlTopics: readonly string[], urlPage: number): ShownFilter {
  const urlKey = urlKeyOf(urlTopics, urlPage)
  const [seenUrl, setSeenUrl] = useState(urlKey)
  const [presses, setPresses] = useState<Presses | null>(null)
  let current = presses
  if (seenUrl !== urlKey) {
    setSeenUrl(urlKey)
    current = urlArrived(presses, urlKey)
    setPresses(current)
  }
  const press = (topics: readonly string[]) => setPresses((before) => pressed(before, topics))
  // A new selection starts at its first page, as its URL (without ?page=) will say.
  return current === null ? { topics: urlTopics, page: urlPage, press } : { topics: current.shown, page: 1, press }
}
