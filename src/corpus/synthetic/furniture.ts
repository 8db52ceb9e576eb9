/**
 * The furniture around an article on an aggregator page (docs/ingest.md): datelines in their many
 * shapes, credit and disclaimer lines, author blocks, source and keywords lines, read-also headers,
 * app promos, and the text-level mess (tatweel, Persian letters, NBSP, entities). Own wording.
 */
import type { SyntheticArticle } from './article.ts'
import type { Random } from './random.ts'
import * as v from './vocabulary.ts'

/** The dateline that leads the first paragraph, or '' for none. */
export function dateline(a: SyntheticArticle, r: Random): string {
  const agency = r.pick(v.AGENCIES)
  const [y, m, d] = a.date.split('-').map(Number)
  switch (r.weighted({ slash: 4, dash: 2, agency: 2, agencyFirst: 1, dated: 1, none: 3 })) {
    case 'slash':
      return `${a.place}/${a.outlet}: `
    case 'dash':
      return `${a.place} – ${a.outlet}: `
    case 'agency':
      return `${a.place} (${agency}) - `
    case 'agencyFirst':
      return `${agency}- ${a.place}: `
    case 'dated':
      return `${a.place} ${d}-${m}-${y} ${agency}- `
    default:
      return ''
  }
}

export function creditLine(a: SyntheticArticle, r: Random): string {
  return r.pick([`${a.outlet} – متابعة – وكالات`, `${a.outlet} - رصد`, '(وكالات)', `متابعة – ${a.outlet}`])
}

export function disclaimerLine(a: SyntheticArticle): string {
  return `المقالات والأخبار المنقولة تعبر عن آراء كاتبيها ولا تعكس بالضرورة موقف ${a.outlet} أو سياستها التحريرية.`
}

export function authorLines(a: SyntheticArticle, r: Random): { top: string[]; bottom: string[] } {
  if (!a.author) return { top: [], bottom: [] }
  return r.weighted({ block: 3, byline: 1, none: 1 }) === 'block'
    ? { top: [], bottom: [`About Post Author ${a.author}See author's posts`] }
    : r.chance(0.5)
      ? { top: [`بقلم: ${a.author}`], bottom: [] }
      : { top: [], bottom: [] }
}

export function keywordsLine(a: SyntheticArticle, r: Random): string | null {
  if (a.keywords.length === 0) return null
  const header = r.pick(['كلمات دلالية', 'كلمات دلالية', 'كلمات مفتاحية'])
  const joined = r.chance(0.6) ? a.keywords.join(' ') : a.keywords.join('، ')
  return `${header}: ${joined}`
}

export function readAlsoHeader(r: Random): string {
  return r.pick(['إقرأ أيضاً:', 'إقرأ أيضاً:', 'اقرأ أيضا:', 'طالع أيضا:'])
}

export function promoLines(r: Random): string[] {
  const promo = `إضغط على الصورة لتحميل تطبيق ${r.pick(v.APPS)} للإطلاع على كل الآخبار على البلاي ستور`
  // As in real pages, the second copy sometimes runs into the first.
  return r.chance(0.5) ? [promo, `${promo}    ${promo}`] : [promo]
}

/** Persian ی and ک for Arabic ي and ك, as pages typed on Persian keyboards have them. */
export function persianLetters(text: string): string {
  return text.replace(/ي(?=\S)/gu, 'ی').replace(/ك/gu, 'ک')
}

/** Tatweel stretched into a few long words. */
export function withTatweel(text: string, r: Random): string {
  return text
    .split(' ')
    .map((word) =>
      word.length >= 5 && /^[\u0621-\u064A]+$/u.test(word) && r.chance(0.15)
        ? `${word.slice(0, 2)}ـ${word.slice(2)}`
        : word,
    )
    .join(' ')
}

/** A later paragraph's mess: NBSP between some words, a quoted phrase as HTML entities. */
export function messyParagraph(text: string, r: Random): string {
  let out = text
  if (r.chance(0.3)) out = out.replace(/ (?=\S)/u, '\u00A0')
  if (r.chance(0.2)) out = `${out} وجاء في البيان: &quot;${r.pick(v.CLOSINGS)}&quot;.`
  return out
}
