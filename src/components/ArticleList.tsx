import { useCallback, useEffect, useRef } from 'react'
import type { ArticleSummary } from '@/core/schema.ts'
import type { Selection } from '@/lib/feed/selection.ts'
import { ArticleCard } from './ArticleCard.tsx'
import { useDrawnInSteps } from './useDrawnInSteps.ts'

interface ArticleListProps {
  items: readonly ArticleSummary[]
  /** The lists the cards come from, carried to each article for its previous/next links. */
  from: Selection
  label: string
  headingLevel?: 2 | 3
}

/**
 * Cards in reading order; a replaced list shows its first screen first (useDrawnInSteps). When
 * more arrive and focus was lost (the "more" button went away), focus the first new one.
 */
export function ArticleList({ items, from, label, headingLevel }: ArticleListProps) {
  const listRef = useRef<HTMLOListElement>(null)
  const shownBefore = useRef(items.length)
  const ownList = useCallback(() => listRef.current, [])
  const drawn = useDrawnInSteps(items, from.key, ownList)
  useEffect(() => {
    const firstNew = shownBefore.current
    shownBefore.current = items.length
    if (items.length <= firstNew || firstNew === 0) return
    if (document.activeElement !== document.body && document.activeElement !== null) return
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.article-card__title a')[firstNew]?.focus()
  }, [items.length])
  return (
    <ol ref={listRef} className="article-list" aria-label={label}>
      {drawn.map((item) => (
        <li key={item.id}>
          {/* The same array for the same selection (one Selection object each): the memoised cards compare it by identity. */}
          <ArticleCard article={item} from={from.lists} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
