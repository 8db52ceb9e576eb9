/**
 * What kind of input a file is, from its name and its first characters: a text page (the default,
 * read as it always was), an HTML page, or a file of scraped records (JSON Lines or JSON). A text
 * file that is really HTML or JSON is read as what it is.
 */
import path from 'node:path'

export type InputKind = 'text' | 'html' | 'json' | 'json-lines'

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'json-lines',
  '.ndjson': 'json-lines',
}

/** How far into a text the sniffing looks for `<head>` or `<body>`. */
const SNIFF_CHARS = 2048
const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu
const HTML_PART = /<(?:head|body)[\s>]/iu

export function kindFromName(name: string): InputKind | null {
  return BY_EXTENSION[path.extname(name).toLowerCase()] ?? null
}

export function isRecordsKind(kind: InputKind): kind is 'json' | 'json-lines' {
  return kind === 'json' || kind === 'json-lines'
}

/** The kind a decoded text's first characters show. JSON is only a guess here: the caller falls back to text when it does not parse. */
export function sniffKind(text: string): InputKind {
  const start = text.slice(0, SNIFF_CHARS).trimStart()
  if (HTML_START.test(start) || (start.startsWith('<') && HTML_PART.test(start))) return 'html'
  if (/^[[{]\s*["{[\]]/u.test(start)) return 'json'
  return 'text'
}

export function inputKind(name: string, text: string): InputKind {
  return kindFromName(name) ?? sniffKind(text)
}
