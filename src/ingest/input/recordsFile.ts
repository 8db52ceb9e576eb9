/**
 * A file of scraped records → one article per record, each record accounted for: JSON Lines
 * (`.jsonl`, `.ndjson`: one record a line, blank lines skipped, a broken line rejects only its own
 * record) or JSON (`.json`: one record, an array of records, or an object holding one array of
 * them). A file that is not JSON, or JSON without article records, is rejected with the reason.
 */
import { parseArticleParts } from '../parse/parseArticleParts.ts'
import type { PageArticle } from '../parse/parsePage.ts'
import type { FileParse, RecordParse } from './fileParse.ts'
import { BODY_FIELDS, isArticleRecord, recordParts, TITLE_FIELDS } from './recordFields.ts'

type Item = { readonly index: number; readonly line?: number } & (
  { readonly value: unknown } | { readonly error: string }
)

const FIELDS_HINT = `expected title and text fields (${TITLE_FIELDS[0]}/${TITLE_FIELDS[1]} and ${BODY_FIELDS.slice(0, 5).join('/')})`

function rejected(reason: string): FileParse {
  return { status: 'rejected', reason, warnings: [] }
}

/** JSON.parse's message without the quoted text V8 adds (it can be long, and it is the page's text). */
function jsonError(error: unknown, text: string): string {
  const message = (error as Error).message
    .replace(/,\s*".*" is not valid JSON$/su, '')
    .replace(/ in JSON at position \d+.*$/su, '')
  const position = /at position (\d+)/u.exec((error as Error).message)?.[1]
  if (position === undefined) return message
  const before = text.slice(0, Number(position))
  const line = before.split('\n').length
  return `line ${line} column ${Number(position) - before.lastIndexOf('\n')}: ${message}`
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, error: jsonError(error, text) }
  }
}

function linesOf(text: string): Item[] {
  const items: Item[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (line.length === 0) return
    const parsed = parseJson(line)
    const index = items.length
    items.push(
      parsed.ok
        ? { index, line: i + 1, value: parsed.value }
        : {
            index,
            line: i + 1,
            error: `not JSON: line ${i + 1}${parsed.error.replace(/^line 1 /u, ' ').replace(/^(?!\s)/u, ': ')}`,
          },
    )
  })
  return items
}

/** The records a JSON document holds: an array, one record, or `{ "articles": [ … ] }`-style wrappers. */
function recordsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (isArticleRecord(value) || value === null || typeof value !== 'object') return [value]
  const lists = Object.values(value).filter((v): v is unknown[] => Array.isArray(v) && v.some(isArticleRecord))
  return lists.length === 1 ? (lists[0] ?? []) : [value]
}

function keysOf(items: readonly Item[]): string {
  const keys = new Set(
    items.flatMap((item) =>
      'value' in item && item.value !== null && typeof item.value === 'object' ? Object.keys(item.value) : [],
    ),
  )
  return keys.size === 0 ? 'no object fields' : `found keys ${[...keys].slice(0, 12).join(', ')}`
}

function itemsOf(text: string, isLines: boolean): Item[] | FileParse {
  if (!isLines) {
    const whole = parseJson(text)
    if (whole.ok) return recordsIn(whole.value).map((value, index) => ({ index, value }))
    // A `.json` file that is JSON Lines after all: its first line is a record of its own.
    const firstLine = text.trimStart().split('\n', 1)[0] ?? ''
    if (!parseJson(firstLine).ok)
      return rejected(`not JSON: ${whole.error}: save the export again as JSON or JSON Lines, or remove the file`)
  }
  const items = linesOf(text)
  if (items.every((item) => 'error' in item)) {
    const first = items[0]
    return rejected(
      `${first && 'error' in first ? first.error : 'not JSON'}: save the export again as JSON Lines (one JSON record a line), or remove the file`,
    )
  }
  return items
}

/** @param isLines the file is named as JSON Lines; otherwise it is read as one JSON document first */
export function parseRecords(text: string, isLines: boolean): FileParse {
  const items = itemsOf(text, isLines)
  if (!Array.isArray(items)) return items
  if (items.length === 0)
    return rejected('JSON but no records (an empty list): export the articles again, or remove the file')
  if (!items.some((item) => 'value' in item && isArticleRecord(item.value))) {
    return rejected(
      `JSON but no article records: ${FIELDS_HINT} (${keysOf(items)}): this is not a scraper's export; remove it from the input folder`,
    )
  }

  const articles: PageArticle[] = []
  const records: RecordParse[] = []
  const warnings: string[] = []
  for (const item of items) {
    const where = `record ${item.index}${item.line === undefined ? '' : ` (line ${item.line})`}`
    const fields = 'error' in item ? { ok: false as const, reason: item.error } : recordParts(item.value)
    const parse = fields.ok
      ? parseArticleParts(fields.parts, 'record')
      : { status: 'rejected' as const, reason: fields.reason, warnings: [] }
    warnings.push(...[...(fields.ok ? fields.warnings : []), ...parse.warnings].map((w) => `${where}: ${w}`))
    if (parse.status === 'rejected') {
      records.push({ index: item.index, status: 'rejected', reason: parse.reason })
      continue
    }
    records.push({ index: item.index, status: 'ok', article: articles.length })
    articles.push({ ...parse.article, sourceIndex: item.index })
  }
  if (articles.length > 0) return { status: 'ok', articles, readAlso: [], warnings, records }
  const first = records[0]
  return {
    status: 'rejected',
    reason: `none of its ${records.length} record${records.length === 1 ? '' : 's'} became an article (record ${first?.index ?? 0}: ${first?.reason ?? ''})`,
    warnings,
    records,
  }
}
