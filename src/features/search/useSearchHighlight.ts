import { useEffect, useMemo, type RefObject } from 'react'
import { queryTerms } from '@/core/search/searchQuery.ts'
import type { TermProcessor } from '@/core/search/searchTerms.ts'
import { highlightMatches } from './highlightMatches.ts'

/**
 * Highlights what `query` looks for in the blocks `selector` finds inside `container`, after each
 * render that changes what is shown (`shown` is a key for it), and removes them on the way out.
 */
export function useSearchHighlight(
  container: RefObject<Element | null>,
  selector: string,
  query: string,
  processTerm: TermProcessor | null,
  shown: string,
): void {
  const terms = useMemo(() => (processTerm === null ? null : queryTerms(query, processTerm)), [query, processTerm])
  useEffect(() => {
    const root = container.current
    if (root === null || terms === null || processTerm === null) return
    return highlightMatches(root.querySelectorAll(selector), terms, processTerm)
  }, [container, selector, terms, processTerm, shown])
}
