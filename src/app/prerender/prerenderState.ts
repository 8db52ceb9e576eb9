/**
 * What a prerendered page carries for the app that hydrates it: the path it was rendered for, and
 * the react-query cache entries its markup was rendered from. The state travels in
 * `<script type="application/json">` (inert: the Content-Security-Policy still allows no inline
 * script), so the first client render sees the same data and produces the same markup.
 */
import type { QueryClient } from '@tanstack/react-query'
import { DEFAULT_LANGUAGE, type UiLanguage } from '@/lib/language.ts'
import { DEFAULT_READING_SETTINGS, type Digits } from '@/lib/readingSettingsValues.ts'
import type { PrerenderedQuery, PrerenderState } from './stateScript.ts'

export { PRERENDER_STATE_ID, serializeState, type PrerenderedQuery, type PrerenderState } from './stateScript.ts'

export function parseState(text: string | null | undefined): PrerenderState | null {
  if (text === null || text === undefined || text === '') return null
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { path, queries } = value as Partial<PrerenderState>
    if (typeof path !== 'string' || !Array.isArray(queries)) return null
    return { path, queries: queries.filter((query) => Array.isArray(query?.queryKey)) }
  } catch {
    return null
  }
}

/**
 * The prerendered markup is what this visit would render only for the same address, in the
 * Arabic UI with Latin digits (how the build renders). Anything else renders afresh on the client.
 */
export function prerenderFits(
  renderedPath: string,
  location: Pick<Location, 'pathname' | 'search'>,
  language: UiLanguage,
  digits: Digits,
): boolean {
  return (
    renderedPath === location.pathname + location.search &&
    language === DEFAULT_LANGUAGE &&
    digits === DEFAULT_READING_SETTINGS.digits
  )
}

export function seedQueries(client: QueryClient, queries: readonly PrerenderedQuery[]): void {
  for (const { queryKey, data } of queries) client.setQueryData(queryKey, data)
}
