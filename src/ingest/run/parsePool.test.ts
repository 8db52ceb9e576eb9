/**
 * Parsing on worker threads changes how fast, never what: the same corpus ingested with workers
 * and in the main thread gives byte-identical output (apart from nothing: the clock is fixed).
 * A worker that cannot start fails the run with status 1 instead of hanging it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { writeCorpus } from '@/corpus/synthetic/writeCorpus.ts'
import { parseInputs } from './parsePool.ts'
import { EXIT, runIngest } from './runIngest.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const TAXONOMY = path.join(root, 'seeds/topics.json')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-pool-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function folderFiles(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map(
        (e) =>
          [
            path.relative(dir, path.join(e.parentPath, e.name)),
            readFileSync(path.join(e.parentPath, e.name), 'utf8'),
          ] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
}

async function ingest(input: string, out: string, workers: number, stderr: string[] = []): Promise<number> {
  // With workers, the search index is built on its thread too (searchThread.ts), whatever the size.
  return runIngest(
    ['--in', input, '--out', out, '--taxonomy', TAXONOMY],
    {
      stderr: (line) => stderr.push(line),
      stdout: () => {},
      now: () => new Date('2026-01-01T00:00:00Z'),
    },
    { workers, searchThread: workers > 0 },
  )
}

describe('parse pool', () => {
  it('writes the same bytes with two workers and a search index thread as in the main thread', async () => {
    const input = path.join(work, 'in')
    await writeCorpus({ out: input, seed: 4, pages: 150 })
    expect(await ingest(input, path.join(work, 'main'), 0)).toBe(EXIT.completed)
    expect(await ingest(input, path.join(work, 'workers'), 2)).toBe(EXIT.completed)
    const main = folderFiles(path.join(work, 'main'))
    expect(main.size).toBeGreaterThan(200)
    expect(folderFiles(path.join(work, 'workers'))).toEqual(main)
  }, 60_000)

  it('rejects, and stops its workers, when a worker cannot load its taxonomy', async () => {
    const input = path.join(work, 'small')
    await writeCorpus({ out: input, seed: 4, pages: 3 })
    const files = readdirSync(input, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => ({ path: path.join(e.parentPath, e.name), name: e.name }))
    await expect(parseInputs(files, { not: 'a taxonomy' }, { workers: 2 })).rejects.toThrow(/parse worker/)
  }, 30_000)
})
