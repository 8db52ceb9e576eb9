/**
 * Replaces the output folder as a whole or not at all: the new contract is written into a temp
 * sibling folder, checked, and swapped in with two renames. If anything fails before the swap the
 * previous output is exactly as it was; if the second rename fails the previous output is put back.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dataPaths } from '../core/schema.ts'

/** A folder the ingest may replace: missing, empty, or holding a previous ingest's output. */
export async function assertReplaceable(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => null)
  if (!info) return
  if (!info.isDirectory()) throw new Error(`output ${outDir} exists and is not a folder`)
  const entries = await readdir(outDir)
  if (entries.length > 0 && !entries.includes(dataPaths.manifest) && !entries.includes(dataPaths.report)) {
    throw new Error(`refusing to replace ${outDir}: it is not empty and holds no ${dataPaths.manifest} from a previous ingest`)
  }
}

async function writeAll(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [relative, content] of files) {
    const target = path.join(folder, relative)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content, 'utf8')
  }
}

/** Reads back sizes so a short write (full disk) is caught before the swap. */
async function verifyAll(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [relative, content] of files) {
    const { size } = await stat(path.join(folder, relative))
    if (size !== Buffer.byteLength(content, 'utf8')) throw new Error(`short write: ${relative}`)
  }
}

/** Prefixes of the sibling work folders a run creates beside `outDir` (inputs must skip them). */
export function workFolderPrefixes(outDir: string): string[] {
  const target = path.resolve(outDir)
  return [`${target}.tmp-`, `${target}.old-`]
}

export async function writeAtomically(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await replaceAtomically(outDir, async (temp) => {
    await writeAll(temp, files)
    await verifyAll(temp, files)
  })
}

/** The same swap, with the caller filling the temp folder (a large run streams its files into it). */
export async function replaceAtomically(outDir: string, fill: (tempFolder: string) => Promise<void>): Promise<void> {
  const target = path.resolve(outDir)
  await assertReplaceable(target)
  await mkdir(path.dirname(target), { recursive: true })
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const [tempPrefix, oldPrefix] = workFolderPrefixes(target)
  const temp = `${tempPrefix}${stamp}`
  const old = `${oldPrefix}${stamp}`
  try {
    await mkdir(temp)
    await fill(temp)
    const hadPrevious = (await stat(target).catch(() => null)) !== null
    if (hadPrevious) await rename(target, old)
    try {
      await rename(temp, target)
    } catch (error) {
      if (hadPrevious) await rename(old, target)
      throw error
    }
    if (hadPrevious) await rm(old, { recursive: true, force: true })
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}
