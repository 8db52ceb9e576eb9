/**
 * The aggregator's format (seeds/, docs/ingest.md): a main article with its date lines, dateline,
 * credit, disclaimer, author block, source and keywords, then 0–4 embedded read-also articles in
 * every layout: a header per article; several under one header split by promos naming an outlet;
 * several split by nothing but a new headline and a dateline-led lead; and title-only link lists.
 */
import { dateParts, leadStatesDate, seedPublishLine } from '../dates.ts'
import type { ArticleTruth, BuiltPage } from '../truth.ts'
import { editorTitle, firstParagraphs, type BuildContext } from './context.ts'

type Layout = 'header-each' | 'one-header-promos' | 'one-header-bare'

interface Embedded {
  readonly lines: string[]
  readonly truth: ArticleTruth
}

/** An article's paragraphs, the first led by a dateline when one is given. */
function withDateline(paragraphs: readonly string[], dateline: string | null): string[] {
  if (!dateline || paragraphs.length === 0) return [...paragraphs]
  return [`${dateline}${paragraphs[0]}`, ...paragraphs.slice(1)]
}

function embeddedArticle(context: BuildContext, needsDateline: boolean, promoOutlet: string | null): Embedded {
  const { pool, random } = context
  const article = context.take()
  const { title } = editorTitle(article)
  const body = firstParagraphs(article, 1 + random.int(4))
  const form = needsDateline || random.chance(0.5) ? random.pick(pool.datelines) : null
  const place = random.pick(pool.places)
  // A page is coherent: the outlet whose promo follows the article also signs its dateline.
  const outletName = promoOutlet ?? article.outlet.name
  const dateline = form ? form.render(place, outletName) : null
  const outlet = promoOutlet ?? (form?.withOutlet ? outletName : null)
  return {
    lines: [title, ...withDateline(body, dateline)],
    truth: {
      title,
      body,
      publishedAt: leadStatesDate(body[0] ?? '', article.date) ? article.date : null,
      outlet,
      author: null,
      ...(form ? { dateline: place } : {}),
    },
  }
}

function keywordsLine(context: BuildContext, title: string): string {
  const words = title.split(' ').filter((w) => w.length > 3)
  const phrases = Array.from({ length: 1 + context.random.int(3) }, () => {
    const at = context.random.int(Math.max(1, words.length - 1))
    return words.slice(at, at + 2).join(' ')
  })
  return `${context.random.pick(context.pool.keywordHeaders)} ${[...new Set(phrases)].join(' ')}`
}

export function buildSeedPage(context: BuildContext): BuiltPage {
  const { pool, random } = context
  const main = context.take()
  const { title } = editorTitle(main)
  const date = dateParts(main.date)
  const outletName = main.outlet.name
  const furniture: string[] = []
  const lines: string[] = [title]
  const add = (line: string): void => {
    lines.push(line)
    furniture.push(line)
  }

  const dateForm = random.int(3)
  if (dateForm !== 2) add(seedPublishLine(date))
  if (dateForm !== 0) add(random.pick(pool.arabicDates)(date))
  const form = random.chance(0.75) ? random.pick(pool.datelines) : null
  const place = random.pick(pool.places)
  const body = [...main.paragraphs]
  lines.push(...withDateline(body, form ? form.render(place, outletName) : null))

  let namesOutlet = form?.withOutlet === true
  if (random.chance(0.6)) add(random.pick(pool.credits)(outletName))
  if (random.chance(0.6)) add(random.pick(pool.disclaimers)(outletName))
  const author = random.chance(0.6) ? random.pick(pool.authors) : null
  if (author) add(random.pick(pool.authorBlocks)(author))
  if (random.chance(0.7)) {
    add(random.pick(pool.sourceLines)(outletName))
    namesOutlet = true
  }
  if (random.chance(0.7)) add(keywordsLine(context, title))
  // Credits and disclaimers name the outlet too; an editor reads it from any of them.
  namesOutlet ||= furniture.some((line) => line.includes(outletName) && line !== title)
  const mainTruth: ArticleTruth = {
    title,
    body,
    publishedAt: main.date,
    outlet: namesOutlet ? outletName : null,
    author,
    ...(form ? { dateline: place } : {}),
  }

  const count = random.pick([0, 1, 1, 2, 2, 3, 4])
  const layout: Layout = random.pick(['header-each', 'one-header-promos', 'one-header-bare'])
  const embedded: ArticleTruth[] = []
  for (let i = 0; i < count; i++) {
    const firstUnderHeader = layout === 'header-each' || i === 0
    if (firstUnderHeader) add(random.pick(pool.readAlsoHeaders))
    const promo = layout === 'one-header-promos' || (layout === 'header-each' && random.chance(0.4))
    const promoOutlet = promo ? random.pick(pool.promoOutlets) : null
    const article = embeddedArticle(context, layout === 'one-header-bare' && !firstUnderHeader, promoOutlet)
    lines.push(...article.lines)
    embedded.push(article.truth)
    if (promoOutlet) add(random.pick(pool.promos)(promoOutlet))
  }
  let variant = `dates${dateForm}/${form ? 'dateline' : 'no-dateline'}/${count} embedded ${count > 0 ? layout : ''}`
  if (random.chance(0.25)) {
    add(random.pick(pool.readAlsoHeaders))
    const titles = Array.from({ length: 2 + random.int(3) }, () => editorTitle(context.take()).title)
    for (const linkTitle of titles) add(linkTitle)
    variant += '/title-list'
  }
  return {
    kind: 'seed',
    half: context.half,
    variant,
    fileName: `${context.stem}.txt`,
    text: `${lines.join('\n')}\n`,
    articles: [mainTruth, ...embedded],
    furniture,
  }
}
