import { useCallback, useRef, useState } from 'react'
import { ArticleList } from '@/components/ArticleList.tsx'
import type { ReachableFeed } from '../useReachableFeeds.ts'

/** A list of cards for a selection, shown or one press away: the lists it merges, its articles. */
type FeedListContent = ReachableFeed

interface FeedListsProps {
  shown: FeedListContent
  /** Selections one press away, loaded (useReachableFeeds): drawn hidden, ready to uncover. */
  reachable: readonly ReachableFeed[]
  label: string
  emptyText: string
}

/** One cache key, one list, whatever order the selection's ids come in. */
const keyOf = (lists: readonly string[]) => [...lists].sort().join(' ')

/**
 * The shown list and, hidden beside it, the first screen of every selection one press away.
 * A press that leads to one of them uncovers it and covers the list left behind: the frame
 * after the click builds no card and removes none (on a phone at CPU 4×, building a first
 * screen and taking thirty cards out were most of a press). The list left stays, hidden, until
 * the selections reachable from the new one have been worked out once the page is idle; its
 * cards past the first screen go then too (useDrawnInSteps). Each list keeps its element and
 * its place among the others (sorted by key), so showing one moves nothing in the document.
 * A selection not drawn ahead (a press before the warm-up, a topic past the warm-up's bound) is
 * built in its press, whole.
 */
export function FeedLists({ shown, reachable, label, emptyText }: FeedListsProps) {
  const shownKey = keyOf(shown.lists)
  const place = useRef<HTMLDivElement>(null)
  const [seen, setSeen] = useState({ key: shownKey, content: shown })
  const [left, setLeft] = useState<{
    key: string
    content: FeedListContent
    reachable: readonly ReachableFeed[]
  } | null>(null)
  if (seen.key !== shownKey || seen.content.items !== shown.items) {
    setSeen({ key: shownKey, content: shown })
    if (seen.key !== shownKey) setLeft({ key: seen.key, content: seen.content, reachable })
  }
  const measureShown = useCallback(() => place.current?.querySelector('.feed__list:not([inert]) ol') ?? null, [])

  const lists = new Map<string, FeedListContent>()
  for (const feed of reachable) lists.set(keyOf(feed.lists), feed)
  if (left !== null && left.reachable === reachable) lists.set(left.key, left.content)
  lists.set(shownKey, shown)
  const keys = [...lists.keys()].sort()
  return (
    <div ref={place} className="feed__lists">
      {keys.map((key) => {
        const content = lists.get(key)!
        const isShown = key === shownKey
        return (
          <div key={key} className="feed__list" inert={!isShown}>
            {content.items.length === 0 ? (
              <p className="feed__empty">{emptyText}</p>
            ) : (
              <ArticleList
                items={content.items}
                from={content.lists}
                label={label}
                shown={isShown}
                measuredOn={isShown ? undefined : measureShown}
              />
            )}
          </div>
        )
      })}
    </div>
  )
}
