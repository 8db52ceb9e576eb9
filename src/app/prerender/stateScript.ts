/**
 * The prerendered state's element and its text (docs/boot.md §2): apart from prerenderState.ts,
 * with no import of the app, since the prerender plugin (loaded by vite.config.ts before the `@/`
 * alias exists) writes it into the page template.
 */
import type { QueryKey } from '@tanstack/react-query'

export const PRERENDER_STATE_ID = 'prerendered-state'

export interface PrerenderedQuery {
  queryKey: QueryKey
  data: unknown
}

export interface PrerenderState {
  /** `pathname + search` the page was rendered for. */
  path: string
  queries: PrerenderedQuery[]
}

/** JSON safe inside a `<script>` element: no `<` can close it or open a comment, whatever the article text holds. */
export function serializeState(state: PrerenderState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c')
}
