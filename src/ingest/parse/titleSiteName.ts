/**
 * A site's name after a headline: `… - اخبار السودان`, `… | صحيفة الوئام`, `… - alriyadh.com`.
 * Pages saved from the web often carry the document title, not the article's headline. The last
 * ` - ` or ` | ` segment is the site's name when it reads as one: a media word, a domain, or a name
 * the page gives elsewhere as its outlet. Otherwise the dash belongs to the headline
 * (`العراق - الولايات المتحدة: محادثات`).
 */
import { normalize } from '../../core/arabic/normalize.ts'

const SUFFIX = /^(.{6,}?)\s+[-–—|]\s+((?:https?:\/\/)?[\w.-]+\.\p{L}{2,}|[^-–—|]{2,60})$/u
const MAX_SITE_WORDS = 5
const SITE_WORDS = /(?<!\p{L})(?:نيوز|news|صحيفة|جريدة|موقع|وكالة|قناة|شبكة|بوابة|مرصد|أخبار|اخبار|الإخبارية|الاخبارية|الإخباري|الاخباري|الإلكترونية|الالكترونية|أونلاين|اونلاين|online|تايمز|times|بوست|post|برس|press|tv|fm|نت|net)(?!\p{L})|\.(?:com|net|org|sa|eg|iq|dz|ma|tn|ae|qa|kw|jo|lb|sy|sd|ly|om|bh|ye|info|news|tv)(?:\.\p{L}{2})?\s*$/iu

export interface TitleSite {
  readonly title: string
  readonly site: string | null
}

/** @param outlets outlet names the page gives elsewhere (source, credit, dateline, byline, promo) */
export function splitSiteName(title: string, outlets: readonly string[]): TitleSite {
  const match = SUFFIX.exec(title)
  const head = match?.[1]?.trim()
  const site = match?.[2]?.trim()
  if (!head || !site || site.split(/\s+/u).length > MAX_SITE_WORDS) return { title, site: null }
  const known = outlets.some((o) => normalize(o) === normalize(site))
  if (!known && !SITE_WORDS.test(site)) return { title, site: null }
  // `صحيفة الوئام` is the outlet الوئام, as a credit line names it; a domain loses its scheme and www.
  return { title: head, site: site.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').replace(/^(?:صحيفة|جريدة|موقع)\s+(?=\S)/u, '') }
}
