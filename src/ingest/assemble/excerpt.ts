/** The feed card's excerpt: the body's first ~160 characters, cut at a word boundary, with an ellipsis. */
export const EXCERPT_LENGTH = 160

export function excerpt(body: readonly string[]): string {
  const text = body.join(' ')
  if (text.length <= EXCERPT_LENGTH) return text
  const cut = text.slice(0, EXCERPT_LENGTH + 1)
  const boundary = cut.lastIndexOf(' ')
  const words = boundary > 0 ? cut.slice(0, boundary) : text.slice(0, EXCERPT_LENGTH)
  return `${words.replace(/[\s\p{P}]+$/u, '')}…`
}
