/**
 * What reading one input file gives: a page parse (parsePage.ts), and for a file of records (JSON
 * Lines, a JSON array) the outcome of each record, so the report accounts for every one.
 */
import type { PageParse } from '../parse/parsePage.ts'

export interface RecordParse {
  /** The record's place in its file, from 0 (JSON Lines: among the non-blank lines). */
  readonly index: number
  readonly status: 'ok' | 'rejected'
  /** Its article's place in the parse's `articles` (ok records only). */
  readonly article?: number
  readonly reason?: string
}

export type FileParse = PageParse & { readonly records?: readonly RecordParse[] }
