/**
 * A real article as its outlet published it: the title line, sometimes a date line, then the
 * content (SaudiNewsNet's often opens with a byline or kicker line; ANT's with nothing). The
 * truth is what an editor takes: a ` - site` title suffix moves to the outlet, a byline becomes
 * the author; fields the page does not settle are left unchecked.
 */
import { EGYPT_MONTHS, dateParts, monthName } from '../dates.ts'
import type { BuiltPage } from '../truth.ts'
import { editorTitle, type BuildContext } from './context.ts'

export function buildPlainArticle(context: BuildContext): BuiltPage {
  const { random } = context
  const article = context.take()
  const traits: string[] = [article.corpus]
  const edited = editorTitle(article)
  const title = edited.title
  let suffixOutlet = edited.suffixOutlet
  let titleLine = article.title
  if (!suffixOutlet && random.chance(0.25)) {
    // The page's <title> form, kept by many scrapers as the first line.
    titleLine = `${title}${random.pick([' - ', ' | '])}${article.outlet.name}`
    suffixOutlet = article.outlet.name
  }
  if (suffixOutlet) traits.push('site-suffix')

  const lines = [titleLine]
  let dateLine: string | null = null
  if (article.rawTime && random.chance(0.8)) dateLine = article.rawTime
  else if (!article.rawTime && random.chance(0.4)) {
    const date = dateParts(article.date)
    dateLine = `${date.day} ${monthName(EGYPT_MONTHS, date)} ${date.year}`
  }
  if (dateLine) {
    lines.push(dateLine)
    traits.push('date-line')
  }
  lines.push(...article.lead)
  if (article.lead.length > 0) traits.push('lead-line')
  if (article.leadGlued) traits.push('glued-lead')
  const body = [...article.paragraphs]
  // Some outlets indent the first paragraph with no-break spaces (the scraper keeps them).
  const indent = article.corpus === 'saudinewsnet' && random.chance(0.3) ? '\u00A0\u00A0\u00A0' : ''
  if (indent) traits.push('nbsp-indent')
  const published = article.paragraphs.map((p, i) => (i === 0 ? `${article.leadGlued || indent}${p}` : p))
  // The trailer as published: glued to the last paragraph when it was, else its own lines.
  const [firstTrailer, ...moreTrailer] = article.trailer
  if (firstTrailer !== undefined && article.trailerGlued)
    published.push(`${published.pop() ?? ''} ${firstTrailer}`, ...moreTrailer)
  else published.push(...article.trailer)
  if (article.trailer.length > 0) traits.push(article.trailerGlued ? 'glued-trailer' : 'trailer')
  lines.push(...published)

  const outlet = suffixOutlet ?? article.namedOutlet ?? undefined
  return {
    kind: 'plain',
    half: context.half,
    variant: traits.join('/'),
    fileName: `${context.stem}.txt`,
    text: `${lines.join('\n')}\n`,
    articles: [
      {
        title,
        body,
        ...(dateLine ? { publishedAt: article.date } : {}),
        ...(outlet ? { outlet } : {}),
        ...(article.author ? { author: article.author } : {}),
      },
    ],
    furniture: [
      ...(dateLine ? [dateLine] : []),
      ...article.lead,
      ...(article.leadGlued ? [article.leadGlued.trim()] : []),
      ...article.trailer,
    ],
  }
}
