/**
 * A site's name after a headline: `… - اخبار السودان`, `… | صحيفة الوئام`, `… - alriyadh.com`.
 * Pages saved from the web often carry the document title, not the article's headline. The last
 * ` - ` or ` | ` segment is the site's name when it reads as one: a media word, a domain, or a name
 * the page gives elsewhere as its outlet. Otherwise the dash belongs to the headline
 * (`العراق - الولايات المتحدة: محادثات`).
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { KNOWN_OUTLETS, DATELINE_PLACES } from './datelineWords.ts'

const SUFFIX = /^(.{6,}?)\s+([-–—|])\s+((?:https?:\/\/)?[\w.-]+\.\p{L}{2,}|[^-–—|]{2,60})$/u
const MAX_SITE_WORDS = 5
const SITE_WORDS =
  /(?<!\p{L})(?:نيوز|news|صحيفة|جريدة|موقع|وكالة|قناة|شبكة|بوابة|مرصد|أخبار|اخبار|الإخبارية|الاخبارية|الإخباري|الاخباري|الإلكترونية|الالكترونية|أونلاين|اونلاين|online|تايمز|times|بوست|post|برس|press|tv|fm|أف أم|اف ام|إف إم|نت|net)(?!\p{L})|\.(?:com|net|org|sa|eg|iq|dz|ma|tn|ae|qa|kw|jo|lb|sy|sd|ly|om|bh|ye|info|news|tv)(?:\.\p{L}{2})?\s*$/iu

export interface TitleSite {
  readonly title: string
  readonly site: string | null
}

const KNOWN = new Set(KNOWN_OUTLETS.map(normalize))
const PLACES = new Set(DATELINE_PLACES.map(normalize))
/** A name: letters only, no clause words (`النصر تنتهي بالتعادل` is a headline's second half). */
const NAME_LIKE = /^[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){0,3}$/u
const CLAUSE = /(?<!\p{L})(?:في|من|على|إلى|الى|عن|مع|بعد|قبل|أن|إن|لا|لم|لن|ما|بين|حول|خلال)(?!\p{L})/u

function readsAsSite(site: string, separator: string, outlets: readonly string[]): boolean {
  const key = normalize(site)
  if (outlets.some((o) => normalize(o) === key) || KNOWN.has(key) || SITE_WORDS.test(site)) return true
  if (!NAME_LIKE.test(site) || CLAUSE.test(site) || PLACES.has(key)) return false
  // `… | الوطن`: a bar is the document title's separator, not a headline's. After a dash, a lone
  // `ال` name (`… - الاقتصادية`) reads as a site; `العراق - إيران` stays a headline.
  return separator === '|' || (!site.includes(' ') && key.startsWith('ال'))
}

/** @param outlets outlet names the page gives elsewhere (source, credit, dateline, byline, promo) */
export function splitSiteName(title: string, outlets: readonly string[]): TitleSite {
  const match = SUFFIX.exec(title)
  const head = match?.[1]?.trim()
  const site = match?.[3]?.trim()
  if (!head || !site || site.split(/\s+/u).length > MAX_SITE_WORDS || !readsAsSite(site, match?.[2] ?? '', outlets))
    return { title, site: null }
  // `صحيفة الوئام` is the outlet الوئام, as a credit line names it; a domain loses its scheme and www.
  return {
    title: head,
    site: site.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').replace(/^(?:صحيفة|جريدة|موقع)\s+(?=\S)/u, ''),
  }
}
