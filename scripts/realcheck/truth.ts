/**
 * A built page and its truth: what a careful editor would extract from it. A field left
 * `undefined` is not checked (the page does not settle it); `null` means "the page states none".
 */

export type Half = 'tune' | 'held'
export const PAGE_KINDS = ['seed', 'webdump', 'plain', 'html', 'records'] as const
export type PageKind = (typeof PAGE_KINDS)[number]

export interface ArticleTruth {
  readonly title: string
  /** Paragraphs as an editor would keep them (the first without its dateline). */
  readonly body: readonly string[]
  readonly publishedAt?: string | null
  readonly outlet?: string | null
  readonly author?: string | null
  /** Checked only where the truth has one. */
  readonly dateline?: string
}

export interface BuiltPage {
  readonly kind: PageKind
  readonly half: Half
  /** What the page is, for failure listings: its layout variant (never its text). */
  readonly variant: string
  readonly fileName: string
  readonly text: string
  readonly articles: readonly ArticleTruth[]
  /** Furniture lines the page carries: none may end up in a body. */
  readonly furniture: readonly string[]
}
