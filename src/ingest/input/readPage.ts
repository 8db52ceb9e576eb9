/**
 * One input file → its page parse: size cap, bytes → text, text → articles. A file that cannot be
 * read, is too large, is not a regular file, is binary or is empty becomes a rejection whose reason
 * says what to fix; it never stops the run.
 *
 * Memory stays bounded whatever the input folder holds: a file over the cap is rejected from its
 * size alone, unread; a regular file is read into a buffer of its stated size and never past the
 * cap (a file that grows while it is read is rejected, not followed); a FIFO, socket or device
 * (`/dev/zero` behind a symbolic link) is rejected before a byte is read, and is opened
 * non-blocking so a FIFO without a writer cannot hang the run.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { FileParse } from './fileParse.ts'
import { fileFromBytes, MAX_BYTES, maxBytesFor } from './readInput.ts'

type PageParse = FileParse

/**
 * Larger files are rejected unread. No real article page comes near it (the seed is 12 KB, a long
 * report 100 KB), and the cap bounds what one file can cost: the contract build holds roughly a
 * hundred bytes of tokens, index and JSON per byte of article text (measured: a 2 MB single-line
 * page peaks near 340 MB, a 4 MB one near 560 MB), so the cap was lowered from 5 MB to 2 MB.
 * HTML pages and records files have caps of their own (input/readInput.ts): an HTML page is mostly
 * markup, and a records file holds many articles.
 */
export const MAX_PAGE_BYTES = MAX_BYTES.page

/** What each read error means to an editor, and what to do about it. */
const READ_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'no read permission: make the file readable by the user running the ingest (chmod a+r), or remove it',
  EPERM: 'the system refused to open it: make the file readable by the user running the ingest, or remove it',
  ELOOP: 'symbolic link loop (the link leads back to itself): point it at a real page, or remove it',
  ENOENT:
    'broken symbolic link (its target does not exist) or a file removed during the run: restore the target, or remove the link',
  ENOTDIR: 'broken symbolic link (its target path goes through a file): fix the link, or remove it',
  EIO: 'the disk reported a read error: copy the file again from its source',
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function rejected(reason: string): PageParse {
  return { status: 'rejected', reason, warnings: [] }
}

/** Pure: a file's bytes → its parse, decoding warnings first; `name` (its extension) says what kind of input it is. */
export function pageFromBytes(bytes: Uint8Array, name = ''): PageParse {
  return fileFromBytes(bytes, name)
}

/** Reads at most `limit + 1` bytes, so a file that grew past the cap after its size was taken is caught, not read whole. */
async function readAtMost(handle: FileHandle, expected: number, limit: number): Promise<Uint8Array | null> {
  let buffer = Buffer.alloc(Math.min(expected, limit) + 1)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length > limit) return null
      const grown = Buffer.alloc(Math.min(buffer.length * 2, limit + 1))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
    if (bytesRead === 0) return buffer.subarray(0, length)
    length += bytesRead
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isDirectory()) return 'a folder'
  return 'not a regular file'
}

/** A rejection for an error thrown while opening or reading; `isFolder` says whether the path is a folder. */
function readFailure(error: unknown, isFolder: boolean): PageParse {
  const code = (error as NodeJS.ErrnoException).code
  // walkInputs hands over a subfolder it could not list: say it is a folder, and what it needs.
  if (isFolder) {
    return rejected(
      `cannot list the folder (${code ?? String(error)}): make it readable and searchable by the user running the ingest (chmod a+rx), or remove it; its pages were not read`,
    )
  }
  const advice = code ? READ_ERRORS[code] : undefined
  return rejected(
    `cannot read the file (${code ?? String(error)})${advice ? `: ${advice}` : ': check it can be opened, or remove it'}`,
  )
}

function tooLarge(info: Stats, maxBytes: number): PageParse | null {
  if (!info.isFile())
    return rejected(`${kindOf(info)}, not a file: remove it from the input folder (only text pages can be ingested)`)
  if (info.size > maxBytes) {
    const records = maxBytes >= MAX_BYTES.records
    return rejected(
      `file too large: ${megabytes(info.size)}, over the ${megabytes(maxBytes)} cap for a ${records ? 'records file' : 'page'} (not read): ` +
        `${records ? 'split it into several files' : 'split it into one file per article'}, or remove it`,
    )
  }
  return null
}

const GREW = (maxBytes: number) =>
  rejected(
    `file grew past the ${megabytes(maxBytes)} cap while it was read: let whatever writes it finish, then run the ingest again`,
  )

function isFolderSync(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() === true
  } catch {
    return false
  }
}

/**
 * readPage with blocking calls, for the parse workers: a worker has nothing else to do while its
 * file is read, and four thread-pool round trips per file (open, stat, read, close) cost more
 * than the page's parse at 100,000 files. Same checks, same results.
 */
export function readPageSync(file: string, maxBytes = maxBytesFor(file)): PageParse {
  let fd: number | undefined
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = fstatSync(fd)
    const refused = tooLarge(info, maxBytes)
    if (refused) return refused
    let buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes) return GREW(maxBytes)
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1))
        buffer.copy(grown, 0, 0, length)
        buffer = grown
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    return pageFromBytes(buffer.subarray(0, length), path.basename(file))
  } catch (error) {
    return readFailure(error, isFolderSync(file))
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export async function readPage(file: string, maxBytes = maxBytesFor(file)): Promise<PageParse> {
  let handle: FileHandle | undefined
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = await handle.stat()
    const refused = tooLarge(info, maxBytes)
    if (refused) return refused
    const bytes = await readAtMost(handle, info.size, maxBytes)
    if (!bytes) return GREW(maxBytes)
    return pageFromBytes(bytes, path.basename(file))
  } catch (error) {
    return readFailure(error, (await stat(file).catch(() => null))?.isDirectory() === true)
  } finally {
    await handle?.close()
  }
}
