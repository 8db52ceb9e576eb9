/**
 * Article boundaries inside one read-also section. Aggregators often put several embedded
 * articles under ONE `إقرأ أيضاً:` header, separated only by a promo or a call to follow, or by
 * nothing but the next headline and its lead. A boundary is found by shape:
 * - a headline-shaped line followed by a dateline-led lead (`الجزائر – واج: …`) starts an article;
 * - after a promo line, a headline-shaped line followed by a paragraph starts an article.
 * A subheading inside an article is followed by a plain paragraph, so it stays where it is.
 */
import { classifyLine } from '../pageFurniture.ts'
import { parseDateLine } from '../parseDate.ts'
import { parseDateline } from '../parseDateline.ts'
import { looksLikeParagraph, looksLikeTitle } from '../titleLine.ts'

/** A headline is a few words at least (`عاجل` is a kicker) and not a paragraph. */
const MIN_HEADLINE_WORDS = 3
const MAX_HEADLINE_WORDS = 25
/** A dateline-led lead is a sentence, not a short line that happens to start with a place. */
const MIN_LEAD_WORDS = 8
const MIN_LEAD_SENTENCE_WORDS = 12

type Shape = 'headline' | 'lead' | 'paragraph' | 'promo' | 'date' | 'other'

function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length
}

function shapeOf(line: string): Shape {
  if (parseDateLine(line)) return 'date'
  const classified = classifyLine(line)
  if (classified.kind === 'promo') return 'promo'
  if (classified.kind !== 'text') return 'other'
  const words = wordCount(line)
  // `سوسة : حجز عملة مزيفة على متن سيارة` is a headline with a place; a lead is a sentence.
  const datelineLed = parseDateline(line) !== null
  if (datelineLed && (words >= MIN_LEAD_SENTENCE_WORDS || (words >= MIN_LEAD_WORDS && !looksLikeTitle(line)))) return 'lead'
  if (words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && looksLikeTitle(line)) return 'headline'
  // A paragraph with a promo glued to its end (`… إضغط على الصورة لتحميل تطبيق …`) closes an article like a promo line.
  if (classified.promoOutlet !== null) return 'promo'
  return looksLikeParagraph(line) || words >= MIN_LEAD_WORDS ? 'paragraph' : 'other'
}

/** The shape of the next line that is not a date line (a date may sit between a headline and its lead). */
function nextTextShape(shapes: readonly Shape[], from: number): Shape | undefined {
  for (let i = from; i < shapes.length; i++) if (shapes[i] !== 'date') return shapes[i]
  return undefined
}

/** Splits a read-also section's lines into one group per embedded article (or title-only list). */
export function splitEmbeddedArticles(lines: readonly string[]): string[][] {
  const present = lines.filter((l) => l.length > 0)
  const shapes = present.map(shapeOf)
  const groups: string[][] = [[]]
  let hasText = false
  let afterPromo = false
  present.forEach((line, i) => {
    const shape = shapes[i]
    const next = nextTextShape(shapes, i + 1)
    const startsArticle =
      hasText && shape === 'headline' && (next === 'lead' || (afterPromo && next === 'paragraph'))
    if (startsArticle) {
      groups.push([])
      hasText = false
    }
    groups[groups.length - 1]?.push(line)
    if (shape === 'headline' || shape === 'lead' || shape === 'paragraph') hasText = true
    if (shape !== 'date' && shape !== 'other') afterPromo = shape === 'promo'
  })
  return groups
}
