/**
 * A publish date as an input states it: ISO (`2024-03-14`, `2024-03-14T09:30:00+03:00`), the
 * forms scrapers and feeds write (`2015-07-21 02:51:32`, `Tue, 14 Mar 2024 09:30:00 GMT`,
 * `14/03/2024`, `14 مارس 2024`), or seconds / milliseconds since 1970. The date is the one written:
 * a time zone never moves it to another day.
 */
import { parseDateText } from '../parse/parseDate.ts'

/** Below this a number is seconds since 1970, above it milliseconds (1973 in ms, 5138 in s). */
const MILLISECONDS_FROM = 1e11

export function statedDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const date = new Date(value < MILLISECONDS_FROM ? value * 1000 : value)
    return Number.isNaN(date.getTime()) ? null : parseDateText(date.toISOString().slice(0, 10))
  }
  if (typeof value !== 'string') return null
  return parseDateText(value.trim().slice(0, 200))
}
