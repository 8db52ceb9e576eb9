/**
 * Every file under the inputs, recursively, each once (however many inputs reach it), named as
 * the report will name it: its path relative to the input folder, or its base name when the input
 * is the file itself. Excluded paths (the taxonomy, the output folder) are skipped.
 */
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'

export interface InputFile {
  /** Absolute path. */
  readonly path: string
  /** Name in the report and in `source.file`, with `/` separators. */
  readonly name: string
}

/** `excluded` entries end with `*` to exclude every path that starts with them (the output's work folders). */
function isExcluded(file: string, excluded: readonly string[]): boolean {
  return excluded.some((e) =>
    e.endsWith('*') ? file.startsWith(e.slice(0, -1)) : file === e || file.startsWith(`${e}${path.sep}`),
  )
}

/** A file found by the walk, with the path that identifies it (so two inputs reaching it count it once). */
type Found = InputFile & { readonly identity: string }

function found(root: string, full: string, identity: string): Found {
  return { path: full, name: path.relative(root, full).split(path.sep).join('/'), identity }
}

async function walkFolder(
  root: string,
  folder: string,
  excluded: readonly string[],
  seenFolders: Set<string>,
): Promise<Found[]> {
  let real: string
  let entries: Dirent[]
  try {
    real = await realpath(folder)
    if (seenFolders.has(real)) return [] // a symlink loop, or a folder reached twice
    seenFolders.add(real)
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    // A subfolder that cannot be listed (no permission) is reported as one entry, with readPage's
    // reason, rather than failing the run or vanishing from the report. An input folder itself must be readable.
    if (folder === root) throw error
    return [found(root, folder, folder)]
  }
  const files: Found[] = []
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (isExcluded(full, excluded)) continue
    const linked = entry.isSymbolicLink() ? await stat(full).catch(() => null) : null
    if (entry.isDirectory() || linked?.isDirectory())
      files.push(...(await walkFolder(root, full, excluded, seenFolders)))
    else {
      const identity = linked ? await realpath(full) : path.join(real, entry.name)
      files.push(found(root, full, identity))
    }
  }
  return files
}

/**
 * @param inputs folders or files (absolute or relative to the working directory); each must exist
 * @param excluded paths to leave out, with everything under them (`*` at the end: every path with that prefix)
 */
export async function walkInputs(inputs: readonly string[], excluded: readonly string[]): Promise<InputFile[]> {
  const seenFolders = new Set<string>()
  const byRealPath = new Map<string, InputFile>()
  const resolvedExcluded = excluded.map((e) => (e.endsWith('*') ? `${path.resolve(e.slice(0, -1))}*` : path.resolve(e)))
  for (const input of inputs) {
    const absolute = path.resolve(input)
    const found: Found[] = (await stat(absolute)).isDirectory()
      ? await walkFolder(absolute, absolute, resolvedExcluded, seenFolders)
      : isExcluded(absolute, resolvedExcluded)
        ? []
        : [{ path: absolute, name: path.basename(absolute), identity: await realpath(absolute) }]
    for (const { identity, ...file } of found) if (!byRealPath.has(identity)) byRealPath.set(identity, file)
  }
  // Two inputs may hold files with the same relative name: name those by their path from the working directory.
  const files = [...byRealPath.values()]
  const counts = new Map<string, number>()
  for (const f of files) counts.set(f.name, (counts.get(f.name) ?? 0) + 1)
  return files
    .map((f) =>
      (counts.get(f.name) ?? 0) > 1
        ? { ...f, name: path.relative(process.cwd(), f.path).split(path.sep).join('/') }
        : f,
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : 1))
}
