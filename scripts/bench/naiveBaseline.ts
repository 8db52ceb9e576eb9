/**
 * The naive baseline (bench/naive): the bare stack built in the same run with the project's Vite,
 * so its bundle and Lighthouse figures sit beside the app's, measured the same way.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { outputTail, runCommand } from './processes.ts'
import { paths } from './workspace.ts'

export const NAIVE_CONFIG = 'bench/naive/vite.config.ts'

let built = false

export async function buildNaiveBaseline(log: (line: string) => void): Promise<string> {
  if (built && existsSync(join(paths.naiveDist, 'index.html'))) return paths.naiveDist
  log(`naive baseline: vite build --config ${NAIVE_CONFIG}`)
  const result = await runCommand('node_modules/.bin/vite', ['build', '--config', NAIVE_CONFIG], {
    timeoutMs: 5 * 60_000,
  })
  if (result.status !== 0) throw new Error(`the naive baseline did not build: ${outputTail(result)}`)
  built = true
  return paths.naiveDist
}
