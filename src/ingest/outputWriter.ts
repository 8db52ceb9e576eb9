/**
 * Writes the contract's files into the run's temp folder as they are built, a bounded number at a
 * time: enough writes in flight to keep the disk busy, few enough that memory holds only those
 * files' text. Each file is checked for its full length once written (a full disk is caught
 * before the output is swapped in, as writeAtomically.ts does for small runs).
 */
import { mkdir, open } from 'node:fs/promises'
import path from 'node:path'

export const WRITES_IN_FLIGHT = 32

async function writeWhole(file: string, content: string): Promise<void> {
  const bytes = Buffer.from(content, 'utf8')
  const handle = await open(file, 'w')
  try {
    let written = 0
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, written)
      if (bytesWritten === 0) throw new Error(`short write: ${file}`)
      written += bytesWritten
    }
  } finally {
    await handle.close()
  }
}

/** Writes every [relative path, content] the iterable yields under `folder`; resolves once all are on disk. */
export async function writeFiles(folder: string, files: Iterable<readonly [string, string]>, inFlight = WRITES_IN_FLIGHT): Promise<number> {
  const folders = new Map<string, Promise<unknown>>()
  const pending = new Set<Promise<void>>()
  let failure: unknown = null
  let count = 0
  for (const [relative, content] of files) {
    if (failure) break
    const target = path.join(folder, relative)
    const dir = path.dirname(target)
    const made = folders.get(dir) ?? mkdir(dir, { recursive: true })
    folders.set(dir, made)
    const write: Promise<void> = made
      .then(() => writeWhole(target, content))
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => pending.delete(write))
    pending.add(write)
    count++
    if (pending.size >= inFlight) await Promise.race(pending)
  }
  await Promise.all(pending)
  if (failure) throw failure
  return count
}
