/**
 * How many words a line holds: runs of characters between white space, what
 * `text.split(/\s+/u).filter(Boolean).length` counts, without building the array. The parse asks
 * it of every line several times (is it a caption, a menu item, a title, a paragraph?).
 */

/** Whether a UTF-16 unit is white space as `\s` reads it under the `u` flag. */
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)
  if (unit < 0xa0) return false
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  )
}

export function wordsIn(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}
