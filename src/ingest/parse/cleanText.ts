/**
 * Text-level cleanup before any parsing: the mess scrapers leave behind (docs/ingest.md). Only
 * invisible or encoding noise is removed; letters, tashkeel and tatweel stay as the page wrote
 * them, because display text is never altered (matching goes through `normalize`).
 */

/** Named HTML entities seen in scraped Arabic pages; numeric ones (&#1234; &#x4D2;) are decoded generically. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bdquo: '„',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  middot: '·',
  bull: '•',
  shy: '\u00AD',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  copy: '©',
  reg: '®',
}

/** Characters that carry no text: BOM, zero-width, bidi controls, soft hyphen, C0/C1 controls other than tab and newline. */
const INVISIBLE =
  /[\uFEFF\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
/** Space-like characters folded to a plain space. */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g

function codePointText(code: number): string | null {
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
  return String.fromCodePoint(code)
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return codePointText(Number.parseInt(dec, 10)) ?? whole
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16)) ?? whole
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole
  })
}

/** Cleans a decoded page and returns its lines, trimmed, with runs of spaces collapsed (blank lines kept as ''). */
export function cleanLines(text: string): string[] {
  const cleaned = decodeEntities(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
  return cleaned.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim())
}
