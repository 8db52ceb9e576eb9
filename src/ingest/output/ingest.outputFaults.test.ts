/**
 * A run into a full disk or a read-only output folder fails with status 1 and a message that says
 * what happened and what to do, and leaves the previous output exactly as it was. These use real
 * file systems: a small tmpfs (full) and the same tmpfs remounted read-only. That needs root and a
 * sandbox that allows `mount`; where either is missing the tests are skipped (and say so), and the
 * same logic is covered through the writer's fault-injection seam in writeAtomically.test.ts.
 * (chmod cannot stand in: root writes through any permission bits.)
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { aggregatorPage } from '@/corpus/hostile/goodPages.ts'
import { EXIT, runIngest } from '../run/runIngest.ts'
import { checkOutput } from '../testing/checkOutput.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const TAXONOMY = path.join(root, 'seeds/topics.json')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-faults-'))
const mounted: string[] = []

function mount(args: string[]): boolean {
  return spawnSync('mount', args, { stdio: 'ignore' }).status === 0
}

/** A 1 MB tmpfs: room for the seed's output (about 80 KB), not for a 200-page corpus's (about 3.7 MB). */
function smallDisk(name: string): string | null {
  const dir = path.join(work, name)
  mkdirSync(dir)
  if (process.getuid?.() !== 0 || !mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir])) return null
  mounted.push(dir)
  return dir
}

const probe = smallDisk('probe')
const canMount = probe !== null
if (!canMount) console.warn('skipping real full-disk/read-only tests: needs root and permission to mount a tmpfs here')

afterAll(() => {
  for (const dir of mounted.reverse()) spawnSync('umount', [dir], { stdio: 'ignore' })
  rmSync(work, { recursive: true, force: true })
})

async function ingest(args: string[]) {
  const stderr: string[] = []
  const code = await runIngest([...args, '--taxonomy', TAXONOMY], {
    stderr: (l) => stderr.push(l),
    stdout: () => {},
    now: () => new Date('2026-01-01T00:00:00Z'),
  })
  return { code, stderr: stderr.join('\n') }
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(
        path.join(entry.parentPath, entry.name),
        'utf8',
      )
  }
  return files
}

const largeInput = path.join(work, 'large-in')
mkdirSync(largeInput)
for (let n = 0; n < 200; n++) writeFileSync(path.join(largeInput, `page-${n}.txt`), aggregatorPage(3, n))

describe.skipIf(!canMount)('the output folder on a full or read-only disk (real tmpfs)', () => {
  it('a full disk: exit 1, "the disk is full", previous output intact, no work folder left', async () => {
    const disk = smallDisk('full') ?? ''
    const out = path.join(disk, 'data')
    expect((await ingest(['--in', path.join(root, 'seeds/000_071eff8cf92bc83d.txt'), '--out', out])).code).toBe(
      EXIT.completed,
    )
    const before = snapshot(out)
    const { code, stderr } = await ingest(['--in', largeInput, '--out', out])
    expect(code).toBe(EXIT.failed)
    expect(stderr).toMatch(
      /ingest failed, .* left as it was: cannot write the new output beside .*\(ENOSPC\): the disk is full: free some space/,
    )
    expect(snapshot(out)).toEqual(before)
    expect(checkOutput(out)).toEqual([])
    expect(readdirSync(disk)).toEqual(['data'])
  })

  it('a read-only file system: exit 1, "read-only", previous output intact', async () => {
    const disk = smallDisk('readonly') ?? ''
    const out = path.join(disk, 'data')
    expect((await ingest(['--in', path.join(root, 'seeds/000_071eff8cf92bc83d.txt'), '--out', out])).code).toBe(
      EXIT.completed,
    )
    const before = snapshot(out)
    expect(mount(['-o', 'remount,ro', disk])).toBe(true)
    const { code, stderr } = await ingest(['--in', largeInput, '--out', out])
    expect(code).toBe(EXIT.failed)
    expect(stderr).toMatch(/\(EROFS\): the folder is on a read-only file system: choose another --out/)
    expect(snapshot(out)).toEqual(before)
  })
})
