import { useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/**
 * How long a keystroke's results may keep the previous query's on screen, unmarked, before they
 * are shown as waiting for the new answer (the search worker answers from loaded data within a
 * frame or two; only a query that needs data fetched takes longer).
 */
const WAITING_SHOWN_AFTER_MS = 100

export interface TypedQuery {
  /** The query the results are for: the field's text, once its answer is in. */
  readonly query: string
  /** The search field, whose text the reader's keystrokes own (it is not re-rendered per key). */
  readonly fieldRef: RefObject<HTMLInputElement | null>
  /** The field's text after a keystroke. */
  readonly typed: (text: string) => void
}

/**
 * The search field and the query its results follow. A keystroke asks for its answer at once
 * (`ask`, before any rendering) and the results render once, when the answer is in, rather than
 * first as "waiting" around the previous results and then again: one render, not two, between a
 * key and its results. `ask` returns null when there is nothing to wait for (the answer is at
 * hand, or cannot be asked yet): the results then follow the key in its own render.
 *
 * It starts from the URL's query; a URL changed otherwise than by typing (a link, the history)
 * starts the field afresh (SearchView keys it), so the field is where the query comes from here.
 */
export function useTypedQuery(initialQuery: string, ask: (text: string) => Promise<unknown> | null): TypedQuery {
  const fieldRef = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState(initialQuery)

  const typed = (text: string) => {
    const answer = ask(text)
    if (answer === null) {
      setQuery(text)
      return
    }
    let shown = false
    const show = () => {
      if (shown) return
      shown = true
      clearTimeout(waiting)
      // Unless a later keystroke has changed the field: that one shows its own query.
      if (fieldRef.current?.value === text) flushSync(() => setQuery(text))
    }
    const waiting = setTimeout(show, WAITING_SHOWN_AFTER_MS)
    void answer.then(show, show)
  }
  return { query, fieldRef, typed }
}
