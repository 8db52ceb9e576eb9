/**
 * Writes the hostile corpus (hostileCases.ts) as `<out>/pages/**`, and beside it (not among the
 * pages, or the ingest would read it as one) `<out>/expected.json`: what the ingest must report for
 * each file. Run the ingest with `--in <out>/pages`.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { hostileCases, type Expectation, type HostileCase } from './hostileCases.ts'

export const DEFAULT_SEED = 6

export interface ExpectedFile {
  readonly name: string
  readonly why: string
  /** What the report must say; null: the file must not be listed. */
  readonly expect: Expectation | null
  /** The same when the ingest runs as root (which reads through permissions), where it differs. */
  readonly asRoot?: Expectation | null
}

export interface ExpectedCorpus {
  readonly seed: number
  /** The folder to pass to `npm run ingest -- --in`. */
  readonly pages: string
  /** Every entry the report must list, each exactly once (as root or not: see `asRoot`). */
  readonly files: readonly ExpectedFile[]
  /** Entries the report must not list as files (folder loops, walked once). */
  readonly notReported: readonly string[]
  /** Cases this machine could not create (e.g. no `mkfifo`), left out of `files`. */
  readonly skipped: readonly string[]
}

function writeEntry(root: string, c: HostileCase): boolean {
  const target = path.join(root, ...c.name.split('/'))
  mkdirSync(path.dirname(target), { recursive: true })
  const { entry } = c
  if (entry.kind === 'symlink') symlinkSync(entry.target, target)
  else if (entry.kind === 'inside') return true
  else if (entry.kind === 'locked-folder') {
    mkdirSync(target)
    writeFileSync(path.join(target, 'page.txt'), entry.page)
    chmodSync(target, 0o000)
  } else if (entry.kind === 'fifo') {
    try {
      execFileSync('mkfifo', [target], { stdio: 'ignore' })
    } catch {
      return false
    }
  } else if (entry.bytes instanceof Uint8Array) writeFileSync(target, entry.bytes)
  else {
    const fd = openSync(target, 'w')
    try {
      for (const chunk of entry.bytes()) writeSync(fd, chunk)
    } finally {
      closeSync(fd)
    }
  }
  if (entry.kind === 'file' && entry.mode !== undefined) chmodSync(target, entry.mode)
  return true
}

/** Deletes a corpus written by writeHostileCorpus (its locked folder is unlocked first, so a non-root user can). */
export function removeHostileCorpus(out: string): void {
  for (const c of hostileCases(DEFAULT_SEED)) {
    if (c.entry.kind === 'locked-folder') {
      try {
        chmodSync(path.join(out, 'pages', ...c.name.split('/')), 0o755)
      } catch {
        // not there: nothing to unlock
      }
    }
  }
  rmSync(path.join(out, 'pages'), { recursive: true, force: true })
}

/** Writes `<out>/pages/**` and `<out>/expected.json`; replaces a previous corpus in `<out>`. */
export function writeHostileCorpus(out: string, seed = DEFAULT_SEED): ExpectedCorpus {
  const pages = path.join(out, 'pages')
  removeHostileCorpus(out)
  mkdirSync(pages, { recursive: true })
  const files: ExpectedFile[] = []
  const notReported: string[] = []
  const skipped: string[] = []
  for (const c of hostileCases(seed)) {
    if (!writeEntry(pages, c)) skipped.push(c.name)
    else if (c.expect === null && !c.expectAsRoot) notReported.push(c.name)
    else
      files.push({
        name: c.name,
        why: c.why,
        expect: c.expect,
        ...(c.expectAsRoot === undefined ? {} : { asRoot: c.expectAsRoot }),
      })
  }
  const expected: ExpectedCorpus = {
    seed,
    pages: 'pages',
    files: files.sort((a, b) => (a.name < b.name ? -1 : 1)),
    notReported,
    skipped,
  }
  writeFileSync(path.join(out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`)
  return expected
}
