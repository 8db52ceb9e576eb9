/**
 * What an HTML page states about its article, read before Readability touches the document: title,
 * site name, publish date, author and hostname, from JSON-LD (`NewsArticle` and kin), Open Graph
 * and `article:` properties, `<meta name=…>`, `<time datetime>`, and last `<title>`, whose
 * ` - Site` / ` | Site` part is the outlet, not the headline.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { parseDateLine } from '../parse/parseDate.ts'
import { jsonLdArticle } from './jsonLd.ts'
import { hostnameOf, nameOf, statedOutlet } from './outletName.ts'
import { statedDate } from './statedDate.ts'
import { wordsIn } from '../parse/wordsIn.ts'

export interface HtmlMetadata {
  readonly title: string | null
  /** The site as the page names it (publisher, og:site_name, the title's site part), else null. */
  readonly siteName: string | null
  readonly hostname: string | null
  readonly publishedAt: string | null
  readonly author: string | null
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
]
const SITE_META = ['og:site_name', 'application-name', 'twitter:site:name']
/** Separators between a headline and the site's name in `<title>` and `og:title`. */
const SITE_SEPARATOR = /\s+(?:[-–—|»·•]|::)\s+/gu
const MAX_SITE_WORDS = 5

/** `<meta property|name|itemprop="key" content>` values by lower-cased key (first wins). */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>()
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .toLowerCase()
      .trim()
    const content = meta.getAttribute('content')?.trim()
    if (key && content && !values.has(key)) values.set(key, content)
  }
  return values
}

function sameName(a: string, b: string): boolean {
  const [x, y] = [normalize(a).replace(/\s+/gu, ' ').trim(), normalize(b).replace(/\s+/gu, ' ').trim()]
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x))
}

/**
 * `headline - Site` → the headline and the site, when the site part is the page's site: it names the
 * site the page states, or the headline part is the page's `<h1>`, or it is a short ` | ` part.
 */
export function splitHtmlTitle(
  title: string,
  siteNames: readonly string[],
  heading: string | null,
): { title: string; site: string | null } {
  const parts = title.split(SITE_SEPARATOR)
  if (parts.length < 2) return { title, site: null }
  const separators = title.match(SITE_SEPARATOR) ?? []
  const isSite = (part: string, separator: string, rest: string) =>
    wordsIn(part) <= MAX_SITE_WORDS &&
    (siteNames.some((s) => sameName(part, s)) ||
      (heading !== null && sameName(rest, heading) && wordsIn(rest) >= wordsIn(part)) ||
      (separator.trim() === '|' && wordsIn(rest) >= 3))
  const last = parts[parts.length - 1] ?? ''
  const beforeLast = title.slice(0, title.length - last.length - (separators[separators.length - 1]?.length ?? 0))
  if (isSite(last, separators[separators.length - 1] ?? '', beforeLast))
    return { title: beforeLast.trim(), site: last.trim() }
  const first = parts[0] ?? ''
  const afterFirst = title.slice(first.length + (separators[0]?.length ?? 0))
  if (siteNames.some((s) => sameName(first, s)) && wordsIn(first) <= MAX_SITE_WORDS)
    return { title: afterFirst.trim(), site: first.trim() }
  return { title, site: null }
}

/** Elements looked at around the headline for a date line. */
const NEAR_HEADLINE = 8
const MAX_DATE_LINE_CHARS = 80

/**
 * A page that states no date in its metadata often prints one beside the headline (`<div
 * class="date">2015-07-23</div>`), outside the text Readability keeps: the first whole date line
 * among the headline's next siblings, or its parent's.
 */
function dateNearHeadline(document: Document): string | null {
  const headline = document.querySelector('h1')
  for (const start of [headline, headline?.parentElement]) {
    let element = start?.nextElementSibling
    for (let i = 0; element && i < NEAR_HEADLINE; i++, element = element.nextElementSibling) {
      const text = element.textContent?.replace(/\s+/gu, ' ').trim() ?? ''
      const date = text.length <= MAX_DATE_LINE_CHARS ? parseDateLine(text)?.date : null
      if (date) return date
    }
  }
  return null
}

export function htmlMetadata(document: Document): HtmlMetadata {
  const meta = metaValues(document)
  const scripts = [...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? '')
  const ld = jsonLdArticle(scripts)
  const address = document.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta.get('og:url') ?? null
  const hostname = address ? hostnameOf(address) : null

  const named = [ld?.publisher, ...SITE_META.map((k) => meta.get(k))]
    .map((v) => statedOutlet(v))
    .find((s) => s !== null && !s.isHost)
  const heading = document.querySelector('h1')?.textContent?.replace(/\s+/gu, ' ').trim() || null
  const rawTitle =
    ld?.headline ??
    nameOf(meta.get('og:title')) ??
    nameOf(meta.get('twitter:title')) ??
    nameOf(document.querySelector('title')?.textContent) ??
    heading
  const split = rawTitle ? splitHtmlTitle(rawTitle, named ? [named.outlet] : [], heading) : { title: null, site: null }

  const dateValue =
    ld?.datePublished ??
    DATE_META.map((k) => meta.get(k)).find(Boolean) ??
    document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')
  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator')]
    .map(nameOf)
    .find((a) => a !== null && hostnameOf(a) === null && !/^https?:/u.test(a))
  return {
    title: split.title,
    siteName: named?.outlet ?? (split.site && statedOutlet(split.site)?.outlet) ?? null,
    hostname,
    publishedAt: statedDate(dateValue) ?? dateNearHeadline(document),
    author: ld && ld.authors.length > 0 ? [...new Set(ld.authors)].join('، ') : (metaAuthor ?? null),
  }
}
