/** How the check compares text: display whitespace and invisible characters never count. */

const INVISIBLE = /[\uFEFF\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u00AD]/gu

const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
}

/** Scraped text carries HTML entities (`&quot;`); a page shows them as characters, so the check reads them so too. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/giu,
    (whole, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : null
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      return ENTITIES[(name ?? '').toLowerCase()] ?? whole
    },
  )
}

/** Whitespace-normalized display text: entities read, NBSP and runs of spaces folded, invisible marks dropped. */
export function displayText(text: string): string {
  return decodeEntities(text)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\s\u00A0]+/gu, ' ')
    .trim()
}

/** Words only (letters and digits, tashkeel kept with its letter): punctuation and its spacing never count. */
export function tokens(text: string): string[] {
  return displayText(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((t) => t.length > 0)
}

/** Token-level F1 of two texts, counting repeated words as often as they occur. */
export function tokenF1(expected: readonly string[], got: readonly string[]): number {
  if (expected.length === 0 && got.length === 0) return 1
  if (expected.length === 0 || got.length === 0) return 0
  const counts = new Map<string, number>()
  for (const t of expected) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of got) {
    const left = counts.get(t) ?? 0
    if (left > 0) {
      common++
      counts.set(t, left - 1)
    }
  }
  if (common === 0) return 0
  const precision = common / got.length
  const recall = common / expected.length
  return (2 * precision * recall) / (precision + recall)
}

/** ` a b c ` form of a text's words, so one text's words can be found inside another's by word. */
export function wordString(text: string): string {
  return ` ${tokens(text).join(' ')} `
}
