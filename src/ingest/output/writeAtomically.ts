/**
 * Replaces the output folder as a whole or not at all (docs/contract.md: a failed run leaves the previous
 * output as it was). The new contract is written into a sibling work folder, read back, and only
 * then swapped in. Why no moment exists in which the output is missing, partial or mixed:
 *
 * - Until the swap, the previous output is not touched; a run that fails or is killed leaves at
 *   most a work folder beside it, which the next run deletes (`recoverInterruptedRuns`).
 * - The swap is one `renameat2(RENAME_EXCHANGE)` (exchangeFolders.ts): the output path names the
 *   previous folder, then the new one, never nothing. The previous folder is then a work folder,
 *   deleted; a kill before that leaves it for the next run to delete.
 * - Where the exchange is not available, the swap is two renames: output → `.old-…`, work folder →
 *   output. A kill between them (a few microseconds) leaves no output folder but the previous
 *   output whole in `.old-…`; the next run's first step renames it back before anything else.
 *   That window can be observed only on such systems, and loses nothing.
 *
 * Protection is against the process dying (a kill, an exception, a full or read-only disk), not
 * against power loss: files are not fsynced one by one (100,000 fsyncs would dominate the run),
 * only the parent folder after the swap.
 *
 * The file-system calls go through `WriterFs` so tests can inject faults (a full disk at the n-th
 * write, a kill between the two renames); the ingest uses the real one.
 */
import * as fsp from 'node:fs/promises'
import path from 'node:path'
import { dataPaths } from '@/core/schema.ts'
import { exchangeFolders, type Exchange } from './exchangeFolders.ts'

export interface WriterFs {
  /** `recursive`: parents too, no error if it exists (Node then reports EROFS as ENOENT, so the work folder is made without it). */
  readonly mkdir: (folder: string, recursive: boolean) => Promise<unknown>
  readonly writeFile: (file: string, content: string) => Promise<void>
  readonly rename: (from: string, to: string) => Promise<void>
  readonly exchange: (a: string, b: string) => Exchange
}

export const nodeWriterFs: WriterFs = {
  mkdir: (folder, recursive) => fsp.mkdir(folder, { recursive }),
  writeFile: (file, content) => fsp.writeFile(file, content, 'utf8'),
  rename: (from, to) => fsp.rename(from, to),
  exchange: exchangeFolders,
}

/** What a write error means for the editor, by errno code. */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full: free some space, then run the ingest again',
  EDQUOT: 'the disk quota is used up: free some space, then run the ingest again',
  EROFS: 'the folder is on a read-only file system: choose another --out, or make it writable',
  EACCES: 'no permission to write there: choose another --out, or give the user running the ingest write access',
  EPERM: 'the system refused the write: choose another --out, or give the user running the ingest write access',
}

/** A file-system error while writing, told as what happened and what to do; any other error (a contract check) as it is. */
function writeFailure(error: unknown, target: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (!code) return error instanceof Error ? error : new Error(String(error))
  const advice = WRITE_ERRORS[code]
  const detail = error instanceof Error ? error.message : String(error)
  return new Error(`cannot write the new output beside ${target}${advice ? ` (${code}): ${advice}` : `: ${detail}`}`, {
    cause: error,
  })
}

/** A folder the ingest may replace: missing, empty, or holding a previous ingest's output. */
export async function assertReplaceable(outDir: string): Promise<void> {
  const info = await fsp.stat(outDir).catch(() => null)
  if (!info) return
  if (!info.isDirectory()) throw new Error(`output ${outDir} exists and is not a folder`)
  const entries = await fsp.readdir(outDir)
  if (entries.length > 0 && !entries.includes(dataPaths.manifest) && !entries.includes(dataPaths.report)) {
    throw new Error(
      `refusing to replace ${outDir}: it is not empty and holds no ${dataPaths.manifest} from a previous ingest`,
    )
  }
}

async function writeAll(folder: string, files: ReadonlyMap<string, string>, fs: WriterFs): Promise<void> {
  const made = new Set<string>()
  for (const [relative, content] of files) {
    const target = path.join(folder, relative)
    const parent = path.dirname(target)
    if (!made.has(parent)) await fs.mkdir(parent, true)
    made.add(parent)
    await fs.writeFile(target, content)
  }
}

/** Reads back sizes so a short write (full disk) is caught before the swap. */
async function verifyAll(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [relative, content] of files) {
    const { size } = await fsp.stat(path.join(folder, relative))
    if (size !== Buffer.byteLength(content, 'utf8')) throw new Error(`short write: ${relative}`)
  }
}

/** Prefixes of the sibling work folders a run creates beside `outDir` (inputs must skip them). */
export function workFolderPrefixes(outDir: string): string[] {
  const target = path.resolve(outDir)
  return [`${target}.tmp-`, `${target}.old-`]
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // alive, another user's
  }
}

/**
 * Undoes what a dead run left beside `outDir`: when the output is missing and a `.old-…` folder
 * holds the previous output (a kill between the two fallback renames), it is put back; then every
 * work folder of a dead run is deleted. Work folders of a live run (another ingest) are left alone.
 * @returns what was done, one line each
 */
export async function recoverInterruptedRuns(outDir: string): Promise<string[]> {
  const target = path.resolve(outDir)
  const parent = path.dirname(target)
  const entries = await fsp.readdir(parent).catch(() => [] as string[])
  const dead = entries
    .map((name) => ({
      name,
      match: /^(?<kind>tmp|old)-(?<pid>\d+)-(?<stamp>[0-9a-z]+)$/.exec(name.slice(path.basename(target).length + 1)),
    }))
    .filter(
      ({ name, match }) =>
        name.startsWith(`${path.basename(target)}.`) && match?.groups && !isAlive(Number(match.groups.pid)),
    )
    .map(({ name, match }) => ({
      full: path.join(parent, name),
      kind: match?.groups?.kind,
      stamp: match?.groups?.stamp ?? '',
    }))
  const notes: string[] = []
  const previous = dead.filter((d) => d.kind === 'old').sort((a, b) => (a.stamp < b.stamp ? 1 : -1))[0]
  if (previous && !(await fsp.stat(target).catch(() => null))) {
    await fsp.rename(previous.full, target)
    notes.push(`restored the previous output from ${previous.full} (a run was interrupted while swapping)`)
  }
  for (const d of dead) {
    if (d === previous && notes.length > 0) continue
    await fsp.rm(d.full, { recursive: true, force: true })
    notes.push(`removed ${d.full}, left by an interrupted run`)
  }
  return notes
}

/** Best effort: makes the renames durable once the folder is in place. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fsp.open(folder, 'r').catch(() => null)
  await handle?.sync().catch(() => undefined)
  await handle?.close()
}

/** Writes `files` (relative path → content) as the new output, replacing the previous one whole. */
export async function writeAtomically(
  outDir: string,
  files: ReadonlyMap<string, string>,
  fs: WriterFs = nodeWriterFs,
): Promise<void> {
  await replaceAtomically(
    outDir,
    async (temp) => {
      await writeAll(temp, files, fs)
      await verifyAll(temp, files)
    },
    fs,
  )
}

/**
 * The same swap, with the caller filling the work folder (a large run streams its files into it).
 * `fill` must leave the folder complete, or throw: nothing it wrote is seen unless it returns.
 */
export async function replaceAtomically(
  outDir: string,
  fill: (tempFolder: string) => Promise<void>,
  fs: WriterFs = nodeWriterFs,
): Promise<void> {
  const target = path.resolve(outDir)
  await recoverInterruptedRuns(target).catch(() => []) // a read-only disk cannot be tidied; the write below says why
  await assertReplaceable(target)
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const [tempPrefix, oldPrefix] = workFolderPrefixes(target)
  const temp = `${tempPrefix}${stamp}`
  const old = `${oldPrefix}${stamp}`
  try {
    try {
      await fs.mkdir(path.dirname(target), true)
      await fs.mkdir(temp, false)
      await fill(temp)
    } catch (error) {
      throw writeFailure(error, target)
    }
    const hadPrevious = (await fsp.stat(target).catch(() => null)) !== null
    if (!hadPrevious) await fs.rename(temp, target)
    else {
      const swap = fs.exchange(temp, target)
      if (swap.kind === 'failed')
        throw writeFailure(
          Object.assign(new Error(`cannot swap in the new output (${swap.code})`), { code: swap.code }),
          target,
        )
      if (swap.kind === 'unsupported') {
        // Two renames; the comment at the top says why a kill between them loses nothing.
        await fs.rename(target, old)
        try {
          await fs.rename(temp, target)
        } catch (error) {
          await fs.rename(old, target)
          throw writeFailure(error, target)
        }
        await fsp.rm(old, { recursive: true, force: true })
      }
      // After an exchange, `temp` holds the previous output: the `finally` below deletes it.
    }
    await syncFolder(path.dirname(target))
  } finally {
    await fsp.rm(temp, { recursive: true, force: true }).catch(() => undefined)
  }
}
