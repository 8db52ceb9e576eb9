/**
 * The app built for a corpus, as an editor would deploy it (ingest, then `vite build` with that
 * data), so what is prerendered, precached and served matches the corpus being measured. Size 0
 * (the seed) is the project's own `npm run build` in dist/.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureData } from './corpora.ts'
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

export async function ensureBuild(size: number, log: (line: string) => void): Promise<string> {
  if (size === 0) return APP_DIR
  await ensureData(size, log)
  const dir = paths.build(size)
  if (built.has(size) && existsSync(join(dir, 'index.html'))) return dir
  // A previous build's files go; the data (the ingest's output, in place) stays.
  for (const entry of readdirSync(dir)) if (entry !== 'data') rmSync(join(dir, entry), { recursive: true, force: true })
  log(`build: vite build --config ${CONFIG} → ${dir}`)
  const result = await runCommand('node_modules/.bin/vite', ['build', '--config', CONFIG], {
    timeoutMs: 10 * 60_000,
    env: { BENCH_OUT_DIR: dir, BENCH_PUBLIC_DIR: publicShell() },
  })
  rmSync(paths.publicShell, { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`the app did not build with the ${size}-article data: ${outputTail(result)}`)
  built.add(size)
  return dir
}
