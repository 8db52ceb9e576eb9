/** The machine a run measured on, recorded beside its figures. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { chromiumExecutablePath } from '../../e2e/support/chromium.ts'
import type { BenchResults, Machine } from './results.ts'

function chromiumVersion(): string {
  const executable = chromiumExecutablePath()
  if (executable === undefined) return "Playwright's bundled Chromium"
  try {
    // Debian's wrapper script prints a shell warning on stderr; the version is on stdout.
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return `unknown (${executable})`
  }
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version
  } catch {
    return 'not installed'
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus()
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion(),
    lighthouse: packageVersion('lighthouse'),
    loadAverage: os.loadavg()[0] ?? 0,
  }
}

export function describeGit(): BenchResults['git'] {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()
  try {
    // The bench's own output files do not make the measured source dirty.
    const changed = git(
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      '.',
      ':!bench/results.json',
      ':!BENCHMARKS.md',
    )
    return { commit: git('rev-parse', 'HEAD'), branch: git('rev-parse', '--abbrev-ref', 'HEAD'), dirty: changed !== '' }
  } catch {
    return { commit: 'unknown', branch: 'unknown', dirty: false }
  }
}
