/**
 * Article ids come from content, not from where the article was found: the same article met as a
 * read-also on one page and as the main article on another (or on a repeated page) gets the same
 * id, whatever order the files are read in. The key is the normalized words of the title and the
 * first paragraph (dateline already removed), so spacing, punctuation, tashkeel, hamza forms and
 * Persian letters do not change it. The publish date is deliberately left out: a read-also copy
 * usually has none, and an id must not change when another page supplies it.
 */
import { createHash } from 'node:crypto'
import { tokenize } from '@/core/arabic/tokenize.ts'

/** 64 bits of SHA-256: collision-free in practice at the 100,000-article scale. */
const ID_HEX_LENGTH = 16

export function contentKey(title: string, firstParagraph: string): string {
  return `${tokenize(title).join(' ')}\n${tokenize(firstParagraph).join(' ')}`
}

export function articleId(title: string, firstParagraph: string): string {
  return idOfKey(contentKey(title, firstParagraph))
}

/** articleId from the tokens of the title and first paragraph, when they are at hand (the parse workers tokenize each article once). */
export function articleIdOfTokens(titleTokens: readonly string[], firstParagraphTokens: readonly string[]): string {
  return idOfKey(`${titleTokens.join(' ')}\n${firstParagraphTokens.join(' ')}`)
}

function idOfKey(key: string): string {
  const digest = createHash('sha256').update(key, 'utf8').digest('hex')
  return `a-${digest.slice(0, ID_HEX_LENGTH)}`
}
