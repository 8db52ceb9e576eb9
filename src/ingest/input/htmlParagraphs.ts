/**
 * The article HTML Readability found → its paragraphs as plain text: one per block element (p,
 * headings, list items, quotes, table cells…), a `<br><br>` inside a block splitting it, a single
 * `<br>` a space. Markup never reaches the text: scripts, styles, forms, embeds and captions are
 * skipped, entities are decoded by the parser. A paragraph that is mostly link text (a list of
 * related links inside the article) is dropped.
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
])
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'LABEL',
  'FIGCAPTION',
  'NAV',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
])
/** A paragraph with more than this share of its letters inside links is navigation, not text. */
const MAX_LINK_SHARE = 0.5

const ELEMENT_NODE = 1
const TEXT_NODE = 3

interface Buffer {
  text: string
  linkChars: number
}

function letters(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length
}

export function htmlParagraphs(root: Node): string[] {
  const paragraphs: string[] = []
  let buffer: Buffer = { text: '', linkChars: 0 }

  const flush = () => {
    const { text, linkChars } = buffer
    buffer = { text: '', linkChars: 0 }
    const total = letters(text)
    if (total === 0 || linkChars / total > MAX_LINK_SHARE) return
    for (const part of text.split(/\n\s*\n/u)) {
      const paragraph = part.replace(/\s+/gu, ' ').trim()
      if (paragraph) paragraphs.push(paragraph)
    }
  }

  const walk = (node: Node, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child.textContent ?? '').replace(/[ \t\r\n\f]+/gu, ' ')
        buffer.text += text
        if (inLink) buffer.linkChars += letters(text)
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const tag = (child as Element).tagName.toUpperCase()
      if (SKIPPED.has(tag)) continue
      if (tag === 'BR') {
        buffer.text += '\n'
        continue
      }
      const isBlock = BLOCKS.has(tag)
      if (isBlock) flush()
      walk(child, inLink || tag === 'A')
      if (isBlock) flush()
    }
  }

  walk(root, false)
  flush()
  return paragraphs
}
