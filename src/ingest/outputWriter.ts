/**
 * Writes the contract's files into the run's temp folder as they are built, one at a time, so
 * memory holds only the file being written. Synchronous on purpose: by the time files are written
 * the main thread has nothing else to do, and a synchronous write costs a fraction of the CPU of a
 * promise-based one (no thread-pool round trip per call: measured about 10× less user time per file
 * for 2 KB files), which at 100,000 files is seconds. writeFileSync writes the whole buffer or
 * throws (a full disk is ENOSPC), so nothing short is swapped in.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Writes every [relative path, content] the iterable yields under `folder`; returns how many. */
export function writeFiles(folder: string, files: Iterable<readonly [string, string]>): number {
  const folders = new Set<string>()
  let count = 0
  for (const [relative, content] of files) {
    const target = path.join(folder, relative)
    const dir = path.dirname(target)
    if (!folders.has(dir)) {
      mkdirSync(dir, { recursive: true })
      folders.add(dir)
    }
    writeFileSync(target, content, 'utf8')
    count++
  }
  return count
}
