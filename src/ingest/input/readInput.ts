/**
 * One input file's bytes → its parse, whatever its kind (inputKind.ts): decoded the same way for
 * every kind (decodeText), then read as a text page, an HTML page or a file of records. Pure.
 */
import { decodeText } from './decodeText.ts'
import { parsePage } from '../parse/parsePage.ts'
import type { FileParse } from './fileParse.ts'
import { parseHtmlPage } from './htmlPage.ts'
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
  if (kind === 'html') return parseHtmlPage(text)
  return parsePage(text)
}

/** `<meta charset="windows-1256">` or `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`. */
const DECLARED_1256 = /<meta[^>]+charset\s*=\s*["']?\s*(?:windows-1256|cp1256|x-cp1256)\b/iu
/** decodeText's warning when it falls back to Windows-1256 (decodeText.ts). */
const GUESSED_1256 = /^not valid UTF-8; decoded as Windows-1256/u

/**
 * decodeText reads text that is not UTF-8 as Windows-1256 and warns that this was a guess; an HTML
 * page that declares Windows-1256 was read as it says, so the warning is dropped.
 */
function decodingWarnings(kind: InputKind, text: string, warnings: readonly string[]): readonly string[] {
  if (kind !== 'html' || !DECLARED_1256.test(text.slice(0, 4096))) return warnings
  return warnings.filter((w) => !GUESSED_1256.test(w))
}

export function fileFromBytes(bytes: Uint8Array, name: string): FileParse {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { status: 'rejected', reason: decoded.reason, warnings: [] }
  const kind = inputKind(name, decoded.text)
  const parse = parseAs(kind, decoded.text, kindFromName(name) !== null)
  const warnings = decodingWarnings(kind, decoded.text, decoded.warnings)
  return warnings.length === 0 ? parse : { ...parse, warnings: [...warnings, ...parse.warnings] }
}
