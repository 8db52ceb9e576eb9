/**
 * An outlet as an input states it: a name (`صحيفة الرياض`), a name object (`{ "name": "عكاظ" }`),
 * or a domain or address (`www.okaz.com.sa`, `https://alriyadh.com/123`), kept as its readable
 * hostname without `www.`.
 */

/** A stated outlet longer than this is a sentence or a description, not a name. */
const MAX_OUTLET_WORDS = 8
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?::\d+)?(?:[/?#]\S*)?$/iu

/** The hostname of a domain or address, without `www.`; null when the text is not one. */
export function hostnameOf(text: string): string | null {
  const host = ADDRESS.exec(text.trim())?.[1]
  return host ? host.toLowerCase().replace(/^www\./u, '') : null
}

/** A stated value's text: a string, or the `name` of an object (schema.org and news-please style). */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ').trim() || null
  if (Array.isArray(value)) return value.map(nameOf).find((n) => n !== null) ?? null
  if (value !== null && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name)
  return null
}

export interface StatedOutlet {
  readonly outlet: string
  /** The value was a domain or an address: a site name, when one is stated too, is better. */
  readonly isHost: boolean
}

export function statedOutlet(value: unknown): StatedOutlet | null {
  const name = nameOf(value)
  if (!name) return null
  const host = hostnameOf(name)
  if (host) return { outlet: host, isHost: true }
  return name.split(' ').length <= MAX_OUTLET_WORDS ? { outlet: name, isHost: false } : null
}

/** The first site name among the stated values, else the first hostname. */
export function chooseOutlet(values: readonly unknown[]): string | null {
  const stated = values.map(statedOutlet).filter((s): s is StatedOutlet => s !== null)
  return (stated.find((s) => !s.isHost) ?? stated[0])?.outlet ?? null
}
