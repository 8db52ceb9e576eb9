/**
 * One article whose parts the input already separates (a scraper's record, an HTML page read by
 * Readability): a title (or none) and body paragraphs, plus the fields the input states. The text
 * goes through the same cleaning as a text page's (parseSection: credits, promos, keywords, source
 * lines, dateline leading the first paragraph), then the input's own fields win where present: an
 * outlet, date or author the input states is better evidence than one read from the text.
 */
import { cleanLines } from './cleanText.ts'
import { parseSection, quoteForReport, type ParsedArticle } from './parseSection.ts'

export interface StatedFields {
  /** ISO date (YYYY-MM-DD). */
  readonly publishedAt: string | null
  readonly outlet: string | null
  readonly author: string | null
}

export interface ArticleParts {
  /** Null when the input states none: one is chosen as for a text page, with a warning. */
  readonly title: string | null
  /** Paragraph texts as the input gives them; each may still hold line breaks. */
  readonly paragraphs: readonly string[]
  readonly stated: StatedFields
}

export type PartsParse =
  | { readonly status: 'ok'; readonly article: ParsedArticle; readonly warnings: readonly string[] }
  | { readonly status: 'rejected'; readonly reason: string; readonly warnings: readonly string[] }

/** A title as one clean line (a stated title may carry line breaks, tabs, NBSP, entities). */
function oneLine(text: string): string {
  return cleanLines(text).filter(Boolean).join(' ')
}

export function parseArticleParts(parts: ArticleParts, what: string): PartsParse {
  const lines = parts.paragraphs.flatMap((p) => cleanLines(p)).filter(Boolean)
  const title = parts.title === null ? '' : oneLine(parts.title)
  const warnings: string[] = []
  if (title.length === 0)
    warnings.push(`${what} states no title: the title was taken from the text, as for a text page without one`)
  const section = parseSection(lines, false, title || undefined)

  if (section.kind === 'empty') {
    const furniture = section.furniture.length > 0 ? ` (only page furniture: ${section.furniture.join(', ')})` : ''
    return {
      status: 'rejected',
      reason: `no body text${furniture}: the ${what} has no article text; export it again with its full text`,
      warnings,
    }
  }
  // Without a stated title, the text page's own warning says the same as ours.
  const sectionWarnings = title ? section.warnings : section.warnings.filter((w) => !w.startsWith('no title line'))
  if (section.kind === 'title-only') {
    const shown = quoteForReport(section.titles[0] ?? '')
    return {
      status: 'rejected',
      reason: `no body text: the ${what} has a title (${shown}) but no paragraphs under it; export it again with its full text`,
      warnings: [...warnings, ...sectionWarnings],
    }
  }
  const { stated } = parts
  return {
    status: 'ok',
    warnings: [...warnings, ...sectionWarnings],
    article: {
      ...section.article,
      publishedAt: stated.publishedAt ?? section.article.publishedAt,
      outlet: stated.outlet ?? section.article.outlet,
      author: stated.author ?? section.article.author,
    },
  }
}
