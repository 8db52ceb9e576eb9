/**
 * Search matches shown with the CSS Custom Highlight API (`::highlight(search-match)`): ranges over
 * the page's own text nodes, so no letter is wrapped in an element and Arabic letters keep joining.
 * A block may hold several text nodes (Latin runs sit in `<bdi>`), so offsets are mapped across
 * them. Without the API there is no highlight at all, never a fallback that splits words.
 */
import type { QueryTerms } from '@/core/search/searchQuery.ts'
import type { TermProcessor } from '@/core/search/searchTerms.ts'
import { matchSpans } from './matchSpans.ts'

export const HIGHLIGHT_NAME = 'search-match'

function textNodes(block: Element): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}

/** The text node and offset holding a character offset of the block's joined text. */
function locate(nodes: readonly Text[], offset: number, isEnd: boolean): [Text, number] | null {
  let start = 0
  for (const node of nodes) {
    const end = start + node.data.length
    if (isEnd ? offset <= end : offset < end) return [node, offset - start]
    start = end
  }
  return null
}

/**
 * The ranges of the matched words in one block (a title, a paragraph), across its text nodes.
 * Static ranges: a live Range is kept up to date by every change to the document until it is
 * collected, and a reader typing a query makes a new set per keystroke; these are redrawn with
 * the blocks they cover anyway.
 */
export function matchRanges(block: Element, query: QueryTerms, processTerm: TermProcessor): StaticRange[] {
  const nodes = textNodes(block)
  const text = nodes.map((node) => node.data).join('')
  return matchSpans(text, query, processTerm).flatMap(([from, to]) => {
    const start = locate(nodes, from, false)
    const end = locate(nodes, to, true)
    if (start === null || end === null) return []
    return [
      new StaticRange({ startContainer: start[0], startOffset: start[1], endContainer: end[0], endOffset: end[1] }),
    ]
  })
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

/** Blocks this near the screen (a screen above and below) are highlighted before they are scrolled to. */
const NEAR_SCREEN = '100% 0px'

function onScreen(block: Element): boolean {
  const { top, bottom } = block.getBoundingClientRect()
  return bottom > 0 && top < window.innerHeight
}

/**
 * Highlights the matches in each block, those on screen at once (painted with their first frame)
 * and the others as they come near it; returns how to remove them. Only blocks near the screen
 * carry highlights because the browser redraws every highlighted block after any change to the
 * page (it checks its highlights against the DOM then): a keystroke in the search field would
 * otherwise redraw every result below the screen too.
 */
export function highlightMatches(blocks: Iterable<Element>, query: QueryTerms, processTerm: TermProcessor): () => void {
  if (!supportsHighlights()) return () => {}
  const highlight = new Highlight()
  CSS.highlights.set(HIGHLIGHT_NAME, highlight)
  const add = (block: Element) => {
    for (const range of matchRanges(block, query, processTerm)) highlight.add(range)
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        observer.unobserve(entry.target)
        add(entry.target)
      }
    },
    { rootMargin: NEAR_SCREEN },
  )
  for (const block of blocks) {
    if (onScreen(block)) add(block)
    else observer.observe(block)
  }
  return () => {
    observer.disconnect()
    CSS.highlights.delete(HIGHLIGHT_NAME)
  }
}
