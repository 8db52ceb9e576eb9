/**
 * One scraped record (a JSON object) → the parts of its article, by the field names common
 * scrapers write: news-please (`title`, `maintext`, `date_publish`, `source_domain`, `authors`),
 * trafilatura (`title`, `text`, `date`, `sitename`, `hostname`, `author`, `source`), schema.org
 * (`headline`, `articleBody`, `datePublished`, `publisher.name`) and plain exports (`title`,
 * `content`, `source`, `url`). Field names match whatever their case. `description` and `excerpt`
 * are summaries, not the text: never used as the body.
 */
import type { ArticleParts } from '../parse/parseArticleParts.ts'
import { bodyParagraphs } from './bodyParagraphs.ts'
import { chooseOutlet, hostnameOf, nameOf } from './outletName.ts'
import { statedDate } from './statedDate.ts'

/** In the order they are tried, spelled as scrapers write them (matched in lower case). */
export const TITLE_FIELDS = ['title', 'headline', 'title_page', 'title_rss']
export const BODY_FIELDS = ['maintext', 'text', 'content', 'body', 'articleBody', 'article_body', 'raw_text']
const DATE_FIELDS = [
  'date_publish',
  'datePublished',
  'published',
  'published_at',
  'publishedAt',
  'date',
  'pubDate',
  'date_extracted',
]
/** Site names first, then fields that usually hold a domain; among the values, a name wins over a hostname. */
const OUTLET_FIELDS = [
  'sitename',
  'site_name',
  'source-hostname',
  'outlet',
  'publisher',
  'source',
  'source_domain',
  'hostname',
  'domain',
]
const AUTHOR_FIELDS = ['authors', 'author', 'byline']
const URL_FIELDS = ['url', 'link', 'canonical_url']

export type RecordParts =
  | { readonly ok: true; readonly parts: ArticleParts; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string }

type Fields = ReadonlyMap<string, unknown>

function fieldsOf(record: object): Fields {
  const fields = new Map<string, unknown>()
  for (const [key, value] of Object.entries(record))
    if (!fields.has(key.toLowerCase())) fields.set(key.toLowerCase(), value)
  return fields
}

/** A text field: a string, or a list of strings (paragraphs), never empty. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : null
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return textOf(value.join('\n'))
  return null
}

function firstText(fields: Fields, names: readonly string[]): string | null {
  for (const name of names) {
    const text = textOf(fields.get(name.toLowerCase()))
    if (text !== null) return text
  }
  return null
}

/** `["سارة محمود", {"name": "علي حسن"}]` → `سارة محمود، علي حسن`. */
function authorOf(fields: Fields): string | null {
  for (const name of AUTHOR_FIELDS) {
    const value = fields.get(name)
    const names = (Array.isArray(value) ? value : [value]).map(nameOf).filter((n): n is string => n !== null)
    if (names.length > 0) return [...new Set(names)].join('، ')
  }
  return null
}

/** Whether a JSON value looks like an article record at all: an object with a title or a body field. */
const RECORD_KEYS = new Set([...TITLE_FIELDS, ...BODY_FIELDS].map((k) => k.toLowerCase()))

export function isArticleRecord(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value).map((k) => k.toLowerCase())
  return keys.some((k) => RECORD_KEYS.has(k))
}

export function recordParts(record: unknown): RecordParts {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return {
      ok: false,
      reason: `not an article record (a ${Array.isArray(record) ? 'list' : record === null ? 'null' : typeof record}, not an object with title and text fields): remove it from the export`,
    }
  }
  const keys = Object.keys(record).slice(0, 12).join(', ')
  const fields = fieldsOf(record)
  const body = firstText(fields, BODY_FIELDS)
  if (body === null) {
    const empty = BODY_FIELDS.filter((name) => fields.has(name.toLowerCase()))
    const found =
      empty.length > 0
        ? `its ${empty.join(', ')} ${empty.length === 1 ? 'field is' : 'fields are'} empty`
        : `none of its fields is ${BODY_FIELDS.join(', ')} (found ${keys || 'no fields'})`
    return { ok: false, reason: `no body text: ${found}; export the record again with its full text` }
  }
  const warnings: string[] = []
  const dateValue = DATE_FIELDS.map((name) => fields.get(name.toLowerCase())).find(
    (v) => v !== undefined && v !== null && v !== '',
  )
  const publishedAt = statedDate(dateValue)
  if (dateValue !== undefined && publishedAt === null)
    warnings.push(
      `its date ${JSON.stringify(dateValue).slice(0, 60)} cannot be read as a date: the date was looked for in the text instead`,
    )
  const url = URL_FIELDS.map((name) => fields.get(name)).find((v): v is string => typeof v === 'string')
  return {
    ok: true,
    warnings,
    parts: {
      title: firstText(fields, TITLE_FIELDS),
      paragraphs: bodyParagraphs(body),
      stated: {
        publishedAt,
        outlet: chooseOutlet([...OUTLET_FIELDS.map((name) => fields.get(name)), url ? hostnameOf(url) : null]),
        author: authorOf(fields),
      },
    },
  }
}
