/**
 * An HTML page's JSON-LD (`<script type="application/ld+json">`): the article node, whether it is
 * the whole document, one item of a list, or inside `@graph`; its headline, publish date, authors
 * and publisher. A script that is not valid JSON is skipped (pages often carry broken ones).
 */
import { nameOf } from './outletName.ts'

export interface JsonLdArticle {
  readonly headline: string | null
  readonly datePublished: unknown
  readonly authors: readonly string[]
  readonly publisher: string | null
}

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
])

function isArticle(node: Record<string, unknown>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']]
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase().replace(/^.*[/:]/u, '')))
}

/** Every object node of a JSON-LD document, breadth first (`@graph`, lists, nested `mainEntity`). */
function nodesOf(value: unknown): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = []
  const queue: unknown[] = [value]
  for (let i = 0; i < queue.length && i < 500; i++) {
    const item = queue[i]
    if (Array.isArray(item)) queue.push(...item)
    else if (item !== null && typeof item === 'object') {
      const node = item as Record<string, unknown>
      nodes.push(node)
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item'])
        if (key in node) queue.push(node[key])
    }
  }
  return nodes
}

function parsed(text: string): unknown {
  try {
    // Some pages wrap the JSON in an HTML comment or CDATA.
    return JSON.parse(
      text
        .trim()
        .replace(/^<!--|-->$/gu, '')
        .replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/gu, ''),
    )
  } catch {
    return null
  }
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.map(nameOf).filter((n): n is string => n !== null && !/^https?:/u.test(n))
}

/** The first article node among the scripts' texts, or null. */
export function jsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  for (const script of scripts) {
    const node = nodesOf(parsed(script)).find(isArticle)
    if (!node) continue
    const headline = nameOf(node.headline) ?? nameOf(node.name)
    return {
      headline,
      datePublished: node.datePublished ?? node.dateCreated ?? null,
      authors: names(node.author),
      publisher: nameOf(node.publisher),
    }
  }
  return null
}
