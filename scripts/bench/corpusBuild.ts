/**
 * The app built for a corpus, as an editor would deploy it (ingest, then `vite build` with that
 * data), so what is prerendered, precached and served matches the corpus being measured. Size 0
 * (the seed) is the project's own `npm run build` in dist/.
 */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ensureData, ingestSecondsOf } from './corpora.ts'
import { outputTail, runCommand } from './processes.ts'
import { APP_DIR, freshDir, paths } from './workspace.ts'

const CONFIG = 'bench/corpus.vite.config.ts'
const built = new Set<number>()

/** public/ without the generated data folder: icons, robots.txt and the like. */
function publicShell(): string {
  const dir = freshDir(paths.publicShell)
  cpSync('public', dir, { recursive: true, filter: (source) => !/^public\/data(\/|$)/.test(source) })
  return dir
}

/** What the bench serves for a corpus: an app folder, and where /data/ comes from when not from inside it. */
export interface AppUnderTest {
  readonly appDir: string
  readonly dataDir?: string
  /** How long the corpus took to build, when it was built in this run. */
  readonly build?: BuildFigures
}

export interface BuildFigures {
  /** `vite build` with every article and topic page prerendered. */
  readonly viteSeconds: number
  /** The ingest that wrote the data, when this run made it. */
  readonly ingestSeconds?: number
  readonly outputBytes: number
  readonly outputFiles: number
}

/** Bytes and files under a folder, as a static host would store them. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    bytes += statSync(join(entry.parentPath, entry.name)).size
    files++
  }
  return { bytes, files }
}

const failed = new Map<number, string>()

/**
 * The app built for the corpus; when it cannot be built with that data (a real finding, noted),
 * the seed build serving the corpus data at /data/, so the browser figures are still taken.
 */
export async function appForCorpus(
  size: number,
  log: (line: string) => void,
  note: (text: string) => void,
): Promise<AppUnderTest> {
  try {
    return await ensureBuild(size, log)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (!failed.has(size)) log(`build failed, measuring the seed build with the corpus data instead: ${reason}`)
    failed.set(size, reason)
    note(
      `${size.toLocaleString('en-US')} articles: ${reason}. Measured instead with the seed build (\`npm run build\`) serving the corpus's data at /data/.`,
    )
    return { appDir: APP_DIR, dataDir: paths.data(size) }
  }
}

async function ensureBuild(size: number, log: (line: string) => void): Promise<AppUnderTest> {
  if (size === 0) return { appDir: APP_DIR }
  await ensureData(size, log)
  const dir = paths.build(size)
  if (failed.has(size)) throw new Error(failed.get(size))
  if (built.has(size) && existsSync(join(dir, 'index.html'))) return { appDir: dir }
  // A previous build's files go; the data (the ingest's output, in place) stays.
  for (const entry of readdirSync(dir)) if (entry !== 'data') rmSync(join(dir, entry), { recursive: true, force: true })
  log(`build: vite build --config ${CONFIG} → ${dir}`)
  const started = performance.now()
  const result = await runCommand('node_modules/.bin/vite', ['build', '--config', CONFIG], {
    timeoutMs: 20 * 60_000,
    env: { BENCH_OUT_DIR: dir, BENCH_PUBLIC_DIR: publicShell() },
  })
  rmSync(paths.publicShell, { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`the app did not build with the ${size}-article data: ${outputTail(result)}`)
  built.add(size)
  const viteSeconds = (performance.now() - started) / 1000
  const { bytes, files } = folderSize(dir)
  const ingestSeconds = ingestSecondsOf(paths.data(size))
  return {
    appDir: dir,
    build: { viteSeconds, outputBytes: bytes, outputFiles: files, ...(ingestSeconds ? { ingestSeconds } : {}) },
  }
}
