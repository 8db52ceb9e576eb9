import { startTransition, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../core/schema.ts'
import { ArticleCard } from './ArticleCard.tsx'

/**
 * Cards drawn in the render that replaces the list (a new filter): more than any screen shows at
 * once (a phone shows three or four, a wide screen's two columns eight or so). The rest follow in
 * a render of their own right after, below the fold, so the new list is on screen without waiting
 * for thirty cards to be built.
 */
export const FIRST_SCREEN_CARDS = 10

interface ArticleListProps {
  items: readonly ArticleSummary[]
  from: readonly string[]
  label: string
  headingLevel?: 2 | 3
}

/** Cards in reading order. When more arrive and focus was lost (the "more" button went away), focus the first new one. */
export function ArticleList({ items, from, label, headingLevel }: ArticleListProps) {
  const listRef = useRef<HTMLOListElement>(null)
  const shownBefore = useRef(items.length)
  // The list whose cards are all drawn. A list shown from the start (a page opened, back to it)
  // is drawn whole at once, so a restored scroll position finds its place.
  const listKey = from.join(' ')
  const [drawnWhole, setDrawnWhole] = useState(listKey)
  const whole = drawnWhole === listKey
  useEffect(() => {
    if (!whole) startTransition(() => setDrawnWhole(listKey))
  }, [whole, listKey])
  useEffect(() => {
    const firstNew = shownBefore.current
    shownBefore.current = items.length
    if (items.length <= firstNew || firstNew === 0) return
    if (document.activeElement !== document.body && document.activeElement !== null) return
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.article-card__title a')[firstNew]?.focus()
  }, [items.length])
  const drawn = whole ? items : items.slice(0, FIRST_SCREEN_CARDS)
  return (
    <ol ref={listRef} className="article-list" aria-label={label}>
      {drawn.map((item) => (
        <li key={item.id}>
          <ArticleCard article={item} from={from} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
