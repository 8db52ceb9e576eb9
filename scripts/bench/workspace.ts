/**
 * Where the bench keeps its working files (.cache/bench, git-ignored), and the corpora and data
 * folders that several sections share within one run: generated once, reused, removed at the end
 * of the run unless --keep.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export const CACHE = '.cache/bench'
export const APP_DIR = 'dist'

/**
 * Ports of this bench: its own range on the shared machine, moved with BENCH_PORT_BASE so two
 * benches (two worktrees) can run side by side; BENCH_NAIVE_PORT puts the naive baseline's server
 * elsewhere than the base's next port.
 */
const PORT_BASE = Number(process.env['BENCH_PORT_BASE'] ?? 4450)
export const PORTS = {
  app: PORT_BASE,
  naive: Number(process.env['BENCH_NAIVE_PORT'] ?? PORT_BASE + 1),
  lighthouseChrome: PORT_BASE + 10,
} as const

export const paths = {
  corpus: (size: number) => join(CACHE, `corpus-${size}`),
  /** The app built for a corpus (corpusBuild.ts); its data folder is the ingest's output. */
  build: (size: number) => join(CACHE, `app-${size}`),
  data: (size: number) => join(CACHE, `app-${size}`, 'data'),
  publicShell: join(CACHE, 'public-shell'),
  naiveDist: join(CACHE, 'naive-dist'),
  lighthouse: join(CACHE, 'lighthouse'),
  scratch: (name: string) => join(CACHE, `tmp-${name}`),
} as const

export function freshDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

interface PackageJson {
  readonly scripts?: Record<string, string>
}

export function npmScripts(): Record<string, string> {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson).scripts ?? {}
}

/** A finished data folder: the ingest wrote its manifest last-but-atomically. */
export function dataReady(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json'))
}
