/**
 * Builds the app as separate "deployments", each from its own input pages (e2e/fixtures/…): the
 * real ingest into a temporary public folder, then the real Vite build (e2e/support/
 * versionBuild.config.ts) into a temporary dist. What a release is, minus the upload.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name)

export interface BuiltVersion {
  label: string
  dist: string
  /** Every file name under dist/assets: what this version's pages may load. */
  assets: Set<string>
}

export function buildVersion(label: string, inputFolder: string): BuiltVersion {
  const work = mkdtempSync(join(tmpdir(), `sahifa-${label}-`))
  const publicDir = join(work, 'public')
  const dist = join(work, 'dist')
  cpSync(join(ROOT, 'public'), publicDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join(ROOT, 'public', 'data')}`),
  })
  execFileSync(bin('tsx'), ['src/ingest/run/cli.ts', '--in', inputFolder, '--out', join(publicDir, 'data')], {
    cwd: ROOT,
    stdio: 'pipe',
  })
  execFileSync(
    bin('vite'),
    ['build', '-c', 'e2e/support/versionBuild.config.ts', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, SAHIFA_PUBLIC_DIR: publicDir, SAHIFA_BUILD_LABEL: label },
    },
  )
  return { label, dist, assets: new Set(readdirSync(join(dist, 'assets'))) }
}
