/**
 * Article boundaries inside one read-also section. Aggregators often put several embedded
 * articles under ONE `إقرأ أيضاً:` header, separated only by a promo or a call to follow, or by
 * nothing but the next headline and its lead. A boundary is found by shape:
 * - a headline-shaped line followed by a dateline-led lead (`الجزائر – واج: …`) starts an article;
 * - after a promo line, a headline-shaped line followed by a paragraph starts an article.
 * A subheading inside an article is followed by a plain paragraph, so it stays where it is.
 */
import { classifyLine } from './pageFurniture.ts'
import { parseDateLine } from './parseDate.ts'
import { parseDateline } from './parseDateline.ts'
import { wordsIn } from './wordsIn.ts'
import { looksLikeParagraph, looksLikeTitle } from './titleLine.ts'

/** A headline is a few words at least (`عاجل` is a kicker) and not a paragraph. */
const MIN_HEADLINE_WORDS = 3
const MAX_HEADLINE_WORDS = 25
/** A dateline-led lead is a sentence, not a short line that happens to start with a place. */
const MIN_LEAD_WORDS = 8
const MIN_LEAD_SENTENCE_WORDS = 12

const ENDS_SENTENCE = /[.،,]["”»')]?$/u

type Shape = 'headline' | 'lead' | 'paragraph' | 'promo' | 'date' | 'other'

function shapeOf(line: string): Shape {
  if (parseDateLine(line)) return 'date'
  const classified = classifyLine(line)
  if (classified.kind === 'promo') return 'promo'
  if (classified.kind !== 'text') return 'other'
  const words = wordsIn(line)
  // `سوسة : حجز عملة مزيفة على متن سيارة` is a headline with a place; a lead is a sentence.
  const datelineLed = parseDateline(line) !== null
  if (datelineLed && (words >= MIN_LEAD_SENTENCE_WORDS || (words >= MIN_LEAD_WORDS && !looksLikeTitle(line))))
    return 'lead'
  if (words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && looksLikeTitle(line)) return 'headline'
  // A paragraph with a promo glued to its end (`… إضغط على الصورة لتحميل تطبيق …`) closes an article like a promo line.
  if (classified.promoOutlet !== null) return 'promo'
  return looksLikeParagraph(line) || words >= MIN_LEAD_WORDS ? 'paragraph' : 'other'
}

/**
 * Whether an article, or a list of titles, starts at `at`: a headline-shaped line, then a lead, a
 * paragraph or another headline. A short label above such a block (`أخبار أخرى:`) heads read-also
 * articles whatever its words; a subheading inside an article is followed by a paragraph alone.
 */
export function opensArticles(lines: readonly string[], at: number): boolean {
  const present = lines.slice(at).filter((l) => l.length > 0)
  const head = present[0] ?? ''
  const words = wordsIn(head)
  if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || ENDS_SENTENCE.test(head)) return false
  if (shapeOf(head) !== 'headline') return false
  const next = present.slice(1).find((l) => shapeOf(l) !== 'date')
  return next !== undefined && ['lead', 'paragraph', 'headline'].includes(shapeOf(next))
}

/** Splits a read-also section's lines into one group per embedded article (or title-only list). */
export function splitEmbeddedArticles(lines: readonly string[]): string[][] {
  const present = lines.filter((l) => l.length > 0)
  // Shapes are read lazily: only a headline-sized line needs its neighbours' shapes (most lines are paragraphs).
  const shapes: Array<Shape | undefined> = []
  const shape = (i: number): Shape => (shapes[i] ??= shapeOf(present[i] ?? ''))
  const nextTextShape = (from: number): Shape | undefined => {
    for (let i = from; i < present.length; i++) if (shape(i) !== 'date') return shape(i)
    return undefined
  }
  const previousShape = (before: number): Shape | undefined => {
    for (let i = before - 1; i >= 0; i--) if (shape(i) !== 'date' && shape(i) !== 'other') return shape(i)
    return undefined
  }
  const groups: string[][] = [[]]
  let hasText = false
  present.forEach((line, i) => {
    const words = wordsIn(line)
    const headlineSized = words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS
    // A line that ends with a full stop or a comma is no headline: most lines are ruled out before their shape is read.
    if (hasText && headlineSized && !ENDS_SENTENCE.test(line) && shape(i) === 'headline') {
      const next = nextTextShape(i + 1)
      if (next === 'lead' || (previousShape(i) === 'promo' && next === 'paragraph')) {
        groups.push([])
        hasText = false
      }
    }
    groups[groups.length - 1]?.push(line)
    // A line is text once it has words enough for a headline (its exact shape is read only when needed).
    if (
      words >= MIN_HEADLINE_WORDS &&
      (!headlineSized || shape(i) === 'headline' || shape(i) === 'lead' || shape(i) === 'paragraph')
    )
      hasText = true
  })
  return groups
}
