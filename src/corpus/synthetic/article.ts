/**
 * One synthetic article as content (before any page formatting): story, date, paragraphs,
 * keywords, outlet and author. Pure function of its random stream.
 */
import { Random } from './random.ts'
import { spokesperson, STORY_WEIGHTS, story, type Story, type StoryKind } from './stories.ts'
import * as v from './vocabulary.ts'

export interface SyntheticArticle {
  readonly kind: StoryKind
  readonly title: string
  /** ISO date. */
  readonly date: string
  readonly place: string
  readonly outlet: string
  readonly author: string | null
  /** Sentences grouped in paragraphs, without final punctuation choices applied yet. */
  readonly paragraphs: readonly string[]
  readonly keywords: readonly string[]
}

/** Dates spread over these years (inclusive). */
const FIRST_YEAR = 2019
const LAST_YEAR = 2025
const DAY_MS = 86_400_000

function randomDate(r: Random): string {
  const start = Date.UTC(FIRST_YEAR, 0, 1)
  const days = Math.round((Date.UTC(LAST_YEAR, 11, 31) - start) / DAY_MS)
  return new Date(start + r.int(0, days) * DAY_MS).toISOString().slice(0, 10)
}

function fillerSentence(r: Random): string {
  return r.pick([
    () => r.pick(v.OPINIONS),
    () => r.pick(v.CLOSINGS),
    () => `وبحسب الأرقام المتاحة فإن ${r.pick(v.NEUTRAL_FILES)} شهد تقدما بنسبة ${r.int(3, 87)} بالمئة`,
    () => `ودعا ${r.pick(v.NEUTRAL_ACTORS)} إلى ${r.pick(v.OUTCOMES)} في أقرب وقت`,
    () => `وتشير التقديرات إلى حاجة لتمويل إضافي يبلغ ${r.int(5, 400)} مليون`,
  ])()
}

function paragraph(sentences: readonly string[], r: Random): string {
  const end = () => r.pick(['.', '.', '.', '،'])
  return sentences.map((s, i) => `${s}${i === sentences.length - 1 ? '.' : end()}`).join(' ')
}

function bodyParagraphs(s: Story, r: Random, quote: string | null): string[] {
  const paragraphs = [paragraph(s.lead.slice(0, 2), r)]
  const rest = [...s.lead.slice(2), ...(quote ? [quote] : [])]
  if (rest.length > 0) paragraphs.push(paragraph(rest, r))
  const extra = r.int(1, 5)
  for (let i = 0; i < extra; i++)
    paragraphs.push(
      paragraph(
        Array.from({ length: r.int(1, 3) }, () => fillerSentence(r)),
        r,
      ),
    )
  return paragraphs
}

/** Keyword phrases the article itself uses, so a delimiter-less keywords line can be split back. */
function keywordsOf(s: Story, r: Random, speaker: string | null): string[] {
  const count = r.weighted({ 0: 2, 1: 2, 2: 3, 3: 2, 4: 1 })
  const phrases = [
    ...new Set([
      s.place,
      ...(speaker ? [speaker] : []),
      ...s.title.split(/[:،]\s*/u).filter((p) => p.split(' ').length <= 3),
    ]),
  ]
  return r.sample(phrases, Number(count))
}

export function syntheticArticle(seed: number): SyntheticArticle {
  const r = new Random(seed)
  const kind = r.weighted(STORY_WEIGHTS)
  const s = story(r, kind)
  const quoted = r.chance(0.7) ? spokesperson(r) : null
  return {
    kind,
    title: s.title,
    date: randomDate(r),
    place: s.place,
    outlet: r.pick(v.OUTLETS),
    author: r.chance(0.6) ? r.pick(v.AUTHORS) : null,
    paragraphs: bodyParagraphs(s, r, quoted?.sentence ?? null),
    keywords: keywordsOf(s, r, quoted?.name ?? null),
  }
}
