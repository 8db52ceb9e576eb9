/**
 * One input file's bytes → its parse, whatever its kind (inputKind.ts): decoded the same way for
 * every kind (decodeText), then read as a text page, an HTML page or a file of records. Pure.
 */
import { decodeText } from '../decodeText.ts'
import { parsePage } from '../parsePage.ts'
import type { FileParse } from './fileParse.ts'
import { inputKind, kindFromName, type InputKind } from './inputKind.ts'
import { parseRecords } from './recordsFile.ts'

/** Larger files are rejected unread; a records file holds many articles, so its cap is larger (see readPage.ts). */
export const MAX_BYTES: Readonly<Record<'page' | 'html' | 'records', number>> = {
  page: 2 * 1024 * 1024,
  html: 8 * 1024 * 1024,
  records: 64 * 1024 * 1024,
}

export function maxBytesFor(name: string): number {
  const kind = kindFromName(name)
  return kind === null || kind === 'text' ? MAX_BYTES.page : kind === 'html' ? MAX_BYTES.html : MAX_BYTES.records
}

function parseAs(kind: InputKind, text: string, named: boolean): FileParse {
  // An empty file is rejected the same way whatever its name.
  if (text.trim().length === 0) return parsePage(text)
  if (kind === 'json' || kind === 'json-lines') {
    const records = parseRecords(text, kind === 'json-lines')
    // A text page that merely opens with a bracket is still a text page.
    if (!named && records.status === 'rejected' && records.reason.startsWith('not JSON')) return parsePage(text)
    return records
  }
  return parsePage(text)
}

export function fileFromBytes(bytes: Uint8Array, name: string): FileParse {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { status: 'rejected', reason: decoded.reason, warnings: [] }
  const named = kindFromName(name) !== null
  const parse = parseAs(inputKind(name, decoded.text), decoded.text, named)
  return decoded.warnings.length === 0 ? parse : { ...parse, warnings: [...decoded.warnings, ...parse.warnings] }
}
