/**
 * A web page saved as text by a scraper: the site's menus, search help, breadcrumbs, kicker,
 * byline, date stamps, share bars, captions, related links, comment prompts and footer around the
 * article; in half the pages one sentence a line with spaced punctuation (`الرياض : قال ، إن`).
 */
import { dateParts } from '../dates.ts'
import type { BuiltPage } from '../truth.ts'
import { editorTitle, type BuildContext } from './context.ts'

/** Spaces around Arabic punctuation, as some sites print it. */
export function spacePunctuation(sentence: string): string {
  return sentence
    .replace(/\s*([،؛:])\s*/gu, ' $1 ')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** One sentence a line: a paragraph split after each full stop, question or exclamation mark. */
export function sentenceLines(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!؟])\s+/u)
    .map((s) => spacePunctuation(s))
    .filter((s) => s.length > 0)
}

export function buildWebDump(context: BuildContext): BuiltPage {
  const { pool, random } = context
  const article = context.take()
  const { title } = editorTitle(article)
  const date = dateParts(article.date)
  const outletName = article.outlet.name
  const lines: string[] = []
  const furniture: string[] = []
  const add = (...more: readonly string[]): void => {
    lines.push(...more)
    furniture.push(...more)
  }
  const traits: string[] = []

  if (random.chance(0.9)) add(...random.pick(pool.menus))
  if (random.chance(0.5)) add(...random.pick(pool.searchHelp))
  if (random.chance(0.6)) add(random.pick(pool.breadcrumbs)(random.pick(pool.sections)))
  else if (random.chance(0.4)) add(random.pick(pool.sections))
  if (random.chance(0.4)) {
    add(random.pick(pool.kickers))
    traits.push('kicker')
  }
  lines.push(title)

  const byline = random.chance(0.6) ? random.int(pool.bylines.length) : null
  const author = byline === null ? null : random.pick(pool.authors)
  const stamp = random.chance(0.9)
  const bylineFirst = random.chance(0.5)
  const bylineLine = byline === null || !author ? null : (pool.bylines[byline]?.(author, outletName) ?? null)
  if (bylineLine && bylineFirst) add(bylineLine)
  if (stamp) add(random.pick(pool.stamps)(date))
  if (stamp && random.chance(0.3)) add(random.pick(pool.updateStamps)(dateParts(article.date)))
  if (bylineLine && !bylineFirst) add(bylineLine)
  if (random.chance(0.6)) add(...random.pick(pool.shareBars))
  if (random.chance(0.3)) add(random.pick(pool.captions))

  const oneSentenceALine = random.chance(0.5)
  const body = oneSentenceALine ? article.paragraphs.flatMap(sentenceLines) : [...article.paragraphs]
  lines.push(...body)
  if (oneSentenceALine) traits.push('sentence-lines')

  if (random.chance(0.3)) add(...random.pick(pool.shareBars))
  if (random.chance(0.7)) {
    add(random.pick(pool.relatedHeaders))
    for (let i = 0, n = 3 + random.int(3); i < n; i++) add(editorTitle(context.take()).title)
    traits.push('related')
  }
  if (random.chance(0.5)) add(...random.pick(pool.commentPrompts))
  const footer = random.chance(0.8)
  if (footer) add(...random.pick(pool.footers)(outletName, date.year))

  const bylineNamesOutlet = bylineLine?.includes(outletName) === true
  return {
    kind: 'webdump',
    half: context.half,
    variant: [bylineLine ? 'byline' : 'no-byline', stamp ? 'stamp' : 'no-stamp', ...traits].join('/'),
    fileName: `${context.stem}.txt`,
    text: `${lines.join('\n')}\n`,
    articles: [
      {
        title,
        body,
        ...(stamp ? { publishedAt: article.date } : {}),
        outlet: footer || bylineNamesOutlet ? outletName : null,
        author,
      },
    ],
    furniture,
  }
}
