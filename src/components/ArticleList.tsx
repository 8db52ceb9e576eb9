import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { ArticleSummary } from '@/core/schema.ts'
import { ArticleCard } from './ArticleCard.tsx'
import { useDrawnInSteps } from './useDrawnInSteps.ts'

interface ArticleListProps {
  items: readonly ArticleSummary[]
  from: readonly string[]
  label: string
  headingLevel?: 2 | 3
  /** False for a list drawn hidden, ahead of a press that may show it (useDrawnInSteps). */
  shown?: boolean
  /** Where a first step is measured when not on this list itself (it is hidden). */
  measuredOn?: () => Element | null
}

/**
 * Cards in reading order; a replaced list shows its first screen first (useDrawnInSteps). When
 * more arrive and focus was lost (the "more" button went away), focus the first new one.
 */
export function ArticleList({ items, from, label, headingLevel, shown = true, measuredOn }: ArticleListProps) {
  const listRef = useRef<HTMLOListElement>(null)
  const shownBefore = useRef(items.length)
  const ownList = useCallback(() => listRef.current, [])
  const listKey = from.join(' ')
  // The same array while it names the same lists: the memoised cards compare it by identity, and
  // a hidden list uncovered gets its lists from elsewhere (FeedLists).
  const cardsFrom = useMemo(() => from, [listKey])
  const drawn = useDrawnInSteps(items, listKey, measuredOn ?? ownList, shown)
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
          <ArticleCard article={item} from={cardsFrom} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
