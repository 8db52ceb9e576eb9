/**
 * The trailing furniture SaudiNewsNet's content carries, as an editor would strip it: a glued
 * `رابط الخبر بصحيفة …` credit (it names the outlet), a `...المزيد` read-more stub, a `فلان- سبق-`
 * byline (the author), a `* خدمة «…»` syndication or desk credit, a contact/SMS footer, a bare
 * address or clock line. Used to label the
 * truth of real plain articles; the page itself keeps these lines.
 */

export interface Trailer {
  /** The body paragraphs without the trailer. */
  readonly paragraphs: string[]
  /** The trailer as it stands in the content (whole lines, or the glued tail of the last paragraph). */
  readonly lines: string[]
  /** The first trailer line was glued to the end of the last paragraph. */
  readonly glued: boolean
  readonly author: string | null
  /** The outlet the trailer names. */
  readonly outlet: string | null
}

const CREDIT = /\s*رابط (?:الخبر|المقال) بصحيفة\s+([^:]+?)\s*:.*$/u
/** A tags line glued after the last sentence: `… الوطن. سمات اختلاس غرامة`. */
const TAGS = /(?<=[.!؟"”])\s*سمات\s+[^.!؟]+$/u
const BYLINE = /^(\S+(?: \S+){1,3})\s*[-–]\s*(سبق)\s*[-–]?$/u
const READ_MORE = /^\.*\s*المزيد$/u
/** A syndication or desk credit after a star: `* خدمة «…»`, `* الوحدة الاقتصادية بـ«…»`. */
const SYNDICATION = /^\*\s*(?:خدمة|الوحدة|وحدة|قسم)(?!\p{L})/u
const CONTACT = /للتواصل مع الكاتب|لمراسلة الكاتب|\d{4,}\s*-\s*(?:Zain|Mobily|STC)/iu
/** A line that is only the writer's address, or only the time the page printed (`19:12 ت م`). */
const ADDRESS_OR_CLOCK = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|\d{1,2}:\d{2}\s*[تص]\s*م)$/u

export function saudiTrailer(content: readonly string[]): Trailer {
  const paragraphs = [...content]
  const lines: string[] = []
  let author: string | null = null
  let outlet: string | null = null
  let glued = false
  for (;;) {
    const last = paragraphs.at(-1)
    if (last === undefined) break
    const credit = CREDIT.exec(last)
    const gluedTail = credit ?? TAGS.exec(last)
    if (gluedTail && gluedTail.index > 0) {
      // Cut from the paragraph it is glued to (a one-paragraph article too); nothing is before it.
      if (credit) outlet ??= credit[1]?.trim() ?? null
      lines.unshift(last.slice(gluedTail.index).trim())
      paragraphs[paragraphs.length - 1] = last.slice(0, gluedTail.index).trim()
      glued = true
      break
    }
    // A whole trailing line is stripped only while a paragraph stays.
    if (paragraphs.length < 2) break
    const byline = BYLINE.exec(last)
    if (credit) {
      outlet ??= credit[1]?.trim() ?? null
      lines.unshift(last)
    } else if (byline) {
      author ??= byline[1] ?? null
      outlet ??= byline[2] ?? null
      lines.unshift(last)
    } else if (READ_MORE.test(last) || SYNDICATION.test(last) || CONTACT.test(last) || ADDRESS_OR_CLOCK.test(last)) {
      lines.unshift(last)
    } else {
      break
    }
    paragraphs.pop()
  }
  return { paragraphs, lines, glued, author, outlet }
}
