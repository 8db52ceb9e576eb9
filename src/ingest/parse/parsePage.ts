/**
 * The page parser: decoded text in, articles out (or a rejection that says what is missing).
 * Pure: no I/O, no ids, no topics; those belong to the corpus (buildContract.ts).
 *
 * A page is a main article followed by zero or more read-also sections, each a whole embedded
 * article (or, sometimes, only its title: a link to an article that is not on this page).
 */
import { cleanLines } from './cleanText.ts'
import { chromeOutlet } from './pageChrome.ts'
import { forgetClassifiedLines } from './pageFurniture.ts'
import { parseSection, quoteForReport, type ParsedArticle } from './parseSection.ts'
import { splitReadAlso } from './splitReadAlso.ts'

export interface PageArticle extends ParsedArticle {
  /** 0 for the main article, 1.. for the read-also section it came from. */
  readonly sourceIndex: number
}

/** A read-also link from the main article: to an article on this page, or by title to one elsewhere. */
export type ReadAlsoLink = { readonly to: number } | { readonly toTitle: string }

export type PageParse =
  | {
      readonly status: 'ok'
      readonly articles: readonly PageArticle[]
      /** Links from articles[0] (the main article) when the page has one. */
      readonly readAlso: readonly ReadAlsoLink[]
      readonly warnings: readonly string[]
    }
  | { readonly status: 'rejected'; readonly reason: string; readonly warnings: readonly string[] }

export function parsePage(text: string): PageParse {
  forgetClassifiedLines()
  const lines = cleanLines(text)
  if (lines.every((l) => l.length === 0))
    return {
      status: 'rejected',
      reason: 'empty file (no text): save the page again from its source, or remove the file',
      warnings: [],
    }

  // The site's own chrome may sit under a related list, outside the main article's section: its
  // copyright line names the main article's outlet all the same.
  const pageOutlets = lines.map(chromeOutlet).filter((o) => o !== null)
  const sections = splitReadAlso(lines).map((section) => ({
    index: section.index,
    parse: parseSection(section.lines, section.index > 0, undefined, section.index === 0 ? pageOutlets : []),
  }))
  const warnings: string[] = []
  const articles: PageArticle[] = []
  const readAlso: ReadAlsoLink[] = []
  let hasMain = false

  for (const { index, parse } of sections) {
    const where = index === 0 ? '' : `read-also ${index}: `
    if (parse.kind === 'empty') {
      if (index > 0) warnings.push(`${where}empty section (no title, no text)`)
      continue
    }
    warnings.push(...parse.warnings.map((w) => `${where}${w}`))
    if (parse.kind === 'title-only') {
      if (index > 0 && hasMain) readAlso.push(...parse.titles.map((title) => ({ toTitle: title })))
      continue
    }
    if (index === 0) hasMain = true
    else if (hasMain) readAlso.push({ to: articles.length })
    articles.push({ ...parse.article, sourceIndex: index })
  }

  const main = sections[0]?.parse
  if (main?.kind === 'title-only' && articles.length > 0) {
    warnings.push(
      `main article has a title (${quoteForReport(main.titles[0] ?? '')}) but no body text: only its read-also articles were kept`,
    )
  }
  if (articles.length > 0) return { status: 'ok', articles, readAlso, warnings }
  return { status: 'rejected', reason: rejectionReason(sections.map((s) => s.parse)), warnings }
}

function rejectionReason(parses: ReadonlyArray<ReturnType<typeof parseSection>>): string {
  const main = parses[0]
  if (main?.kind === 'title-only') {
    return `no body text: the page has a title (${quoteForReport(main.titles[0] ?? '')}) but no paragraphs under it: save the whole article page, not only its headline`
  }
  const furniture = [...new Set(parses.flatMap((p) => (p.kind === 'empty' ? p.furniture : [])))]
  if (furniture.length > 0) {
    return `no article text: only page furniture (${furniture.join(', ')}), no title or body paragraphs: the article text is missing; save the whole article page`
  }
  return 'no article text: no title or body paragraphs found: check the file is an article page'
}
