/** What the page and the search worker say to each other (structured-cloned, so plain data only). */
import type { SearchManifest } from '@/core/searchSchema.ts'
import type { SearchAnswer } from '@/core/search/searchSession.ts'
import type { DataErrorKind } from '@/lib/data/dataErrors.ts'

export type SearchRequest =
  | { readonly kind: 'open'; readonly manifest: SearchManifest }
  | { readonly kind: 'search'; readonly id: number; readonly query: string; readonly limit: number }

/** A failure, told apart the way the page's data errors are (a missing file is not worth a retry). */
export interface SearchFailure {
  readonly notFound: boolean
  readonly path: string
  readonly message: string
  /** What went wrong, so the page's error view names it (offline, slow, server, damaged). */
  readonly kind: DataErrorKind
}

/** A search's replies: its first screen ahead of the rest when that needs fetching, then its answer or failure. */
export type SearchReply =
  { readonly id: number; readonly answer: SearchAnswer } | { readonly id: number; readonly failure: SearchFailure }
