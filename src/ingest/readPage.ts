/**
 * One input file → its page parse: size cap, bytes → text, text → articles. A file that cannot be
 * read, is too large, is binary or is empty becomes a rejection with its reason; it never stops the run.
 */
import { open, type FileHandle } from 'node:fs/promises'
import { decodeText } from './decodeText.ts'
import { parsePage, type PageParse } from './parsePage.ts'

/** Larger files are rejected unread: no real article page comes near it. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Pure: a file's bytes → its page parse, decoding warnings first. */
export function pageFromBytes(bytes: Uint8Array): PageParse {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { status: 'rejected', reason: decoded.reason, warnings: [] }
  const page = parsePage(decoded.text)
  return decoded.warnings.length === 0 ? page : { ...page, warnings: [...decoded.warnings, ...page.warnings] }
}

export async function readPage(file: string, maxBytes = MAX_PAGE_BYTES): Promise<PageParse> {
  let handle: FileHandle | undefined
  try {
    handle = await open(file, 'r')
    const { size } = await handle.stat()
    if (size > maxBytes) {
      return { status: 'rejected', reason: `file too large: ${megabytes(size)}, over the ${megabytes(maxBytes)} cap for a page`, warnings: [] }
    }
    return pageFromBytes(await handle.readFile())
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return { status: 'rejected', reason: `cannot read the file (${code})`, warnings: [] }
  } finally {
    await handle?.close()
  }
}
