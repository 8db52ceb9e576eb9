/**
 * The built index.html as a template for prerendered pages (docs/boot.md §2). It is taken apart
 * once, with a DOM (prerenderPlugin.ts), into the fixed text between five slots; each page is then
 * plain concatenation, so writing 100,000 pages costs no HTML parsing. Relative imports only:
 * vite.config.ts loads this file before the `@/` alias exists.
 */
import { serializeState, type PrerenderState } from './stateScript.ts'

export const SLOTS = ['title', 'description', 'renderedFor', 'root', 'state'] as const
export type Slot = (typeof SLOTS)[number]

/** A unique text per slot, put into the DOM where a page's value goes, then split on. */
export const slotMarker = (slot: Slot) => `%%sahifa-slot-${slot}%%`

/** The fixed text around the slots: `texts[i]` precedes `SLOTS[i]`, the last one ends the page. */
export interface PageTemplate {
  readonly texts: readonly string[]
  /** The template's own title (as HTML) and description (as text), kept where a page has none. */
  readonly defaultTitleHtml: string
  readonly defaultDescription: string
}

export function templateFrom(serialized: string, defaults: Omit<PageTemplate, 'texts'>): PageTemplate {
  const texts: string[] = []
  let rest = serialized
  for (const slot of SLOTS) {
    const [before, after, ...extra] = rest.split(slotMarker(slot))
    if (after === undefined || extra.length > 0)
      throw new Error(`prerender: the page template has no single ${slot} slot`)
    texts.push(before ?? '')
    rest = after
  }
  texts.push(rest)
  return { texts, ...defaults }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export interface PageContent {
  /** The page title's HTML (what React rendered inside `<title>`), or null for the template's. */
  readonly titleHtml: string | null
  readonly description: string | null
  /** The markup inside `#root`. */
  readonly body: string
  readonly state: PrerenderState
}

export function fillTemplate(template: PageTemplate, page: PageContent): string {
  const values: Record<Slot, string> = {
    title: page.titleHtml ?? template.defaultTitleHtml,
    description: escapeHtml(page.description ?? template.defaultDescription),
    renderedFor: escapeHtml(page.state.path),
    root: page.body,
    state: serializeState(page.state),
  }
  let html = ''
  SLOTS.forEach((slot, index) => (html += template.texts[index] + values[slot]))
  return html + template.texts[SLOTS.length]
}
