/**
 * An HTML page → its article: the article's title, date, author and outlet from the page's
 * metadata (htmlMetadata.ts), its text found by Readability (Mozilla's reader view, here on
 * linkedom, a DOM without a browser) and turned into plain paragraphs (htmlParagraphs.ts), then
 * cleaned like a text page's (parseArticleParts). Menus, share bars, related links, footers,
 * cookie banners, scripts and styles are left behind by Readability or by the paragraph walk; only
 * text comes out. A page in which Readability finds no article is rejected.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { normalize } from '@/core/arabic/normalize.ts'
import { parseArticleParts } from '../parse/parseArticleParts.ts'
import type { FileParse } from './fileParse.ts'
import { htmlMetadata } from './htmlMetadata.ts'
import { htmlParagraphs } from './htmlParagraphs.ts'

const NO_ARTICLE =
  'no article found: Readability found no article text in this HTML page (a home, section or list page, or one whose text is loaded by scripts): ' +
  "save the article's own page once it has loaded, or its text as a .txt page"
/** A Readability byline longer than this is a sentence or a date stamp, not a name. */
const MAX_BYLINE_WORDS = 6
/**
 * An article has at least one sentence this long. What Readability returns from a home or section
 * page, once its link lists are dropped (htmlParagraphs.ts), is a few section headings.
 */
const MIN_SENTENCE_WORDS = 10

/**
 * Chrome removed before Readability scores the page: navigation, footers, side columns, forms and
 * cookie or consent banners. Readability drops most of it by itself, but on a page whose article is
 * one long paragraph it can prefer a banner's paragraph (seen on a generated page). An element
 * holding the headline or the <article> is never removed.
 */
const CHROME =
  'nav, footer, aside, form, dialog, [role="navigation"], [role="contentinfo"], [role="dialog"], [id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i]'

function removeChrome(document: Document): void {
  for (const element of [...document.querySelectorAll(CHROME)]) {
    if (element.isConnected && !element.querySelector('h1, article')) element.remove()
  }
}

function documentOf(html: string): Document {
  // linkedom builds a document from a whole page; a fragment is wrapped so it has a body.
  return parseHTML(/<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`)
    .document
}

/** cleanLines (which parseArticleParts applies) decodes entities; the DOM already did, so `&` is escaped to stay as written. */
function asText(text: string): string {
  return text.replace(/&/gu, '&amp;')
}

function key(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function usableByline(byline: string | null | undefined): string | null {
  const text = byline?.replace(/\s+/gu, ' ').trim()
  if (!text || /\d|https?:|@/u.test(text) || text.split(' ').length > MAX_BYLINE_WORDS) return null
  return text.replace(/^(?:بقلم|كتب|كتبت|بواسطة|by)\s*[:：-]?\s*/iu, '') || null
}

export function parseHtmlPage(html: string): FileParse {
  const document = documentOf(html)
  const metadata = htmlMetadata(document)
  removeChrome(document)
  const found = new Readability(document).parse()
  if (!found?.content) return { status: 'rejected', reason: NO_ARTICLE, warnings: [] }

  const title = metadata.title ?? (found.title?.trim() || null)
  const paragraphs = htmlParagraphs(documentOf(found.content).body)
  // Readability keeps the headline as the article's first heading: it is the title, not text.
  while (title && paragraphs[0] !== undefined && key(paragraphs[0]) === key(title)) paragraphs.shift()
  if (!paragraphs.some((p) => p.split(/\s+/u).length >= MIN_SENTENCE_WORDS))
    return { status: 'rejected', reason: NO_ARTICLE, warnings: [] }

  const parse = parseArticleParts(
    {
      title: title === null ? null : asText(title),
      paragraphs: paragraphs.map(asText),
      stated: {
        publishedAt: metadata.publishedAt,
        outlet: metadata.siteName,
        author: metadata.author ?? usableByline(found.byline),
      },
    },
    'page',
  )
  if (parse.status === 'rejected') return parse
  const article = { ...parse.article, outlet: parse.article.outlet ?? metadata.hostname, sourceIndex: 0 }
  return { status: 'ok', articles: [article], readAlso: [], warnings: parse.warnings }
}
