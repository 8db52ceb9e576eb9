/**
 * The output survives SIGKILL at any moment: a child writes generation after generation of a
 * 2,000-file output and is killed at seeded random moments; after every kill the output folder
 * holds one whole generation (the previous one, or the new one if the swap happened), never a
 * missing, partial or mixed folder. The fallback swap (two renames) is shown self-healing by
 * killing a child exactly between its two renames.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom } from '@/corpus/hostile/goodPages.ts'
import { exchangeFolders } from './exchangeFolders.ts'
import { recoverInterruptedRuns } from './writeAtomically.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const CHILD = path.join(here, '../testing/writeAtomicallyChild.ts')
const COUNT = 2000
const KILLS = 6
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-kill-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Child {
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  readonly kill: () => void
}

function writer(out: string, generation: string, mode = 'exchange', count = COUNT): Child {
  // One process (node with tsx's loader), not the tsx wrapper: killing a wrapper would leave its node child writing.
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, out, generation, String(count), mode], {
    stdio: 'ignore',
  })
  return {
    done: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    kill: () => child.kill('SIGKILL'),
  }
}

/** Resolves when the child has created its work folder beside `out` (it is writing), or has exited. */
async function workFolderAppears(out: string, child: Child): Promise<number> {
  let exited = false
  void child.done.then(() => (exited = true))
  const parent = path.dirname(out)
  while (
    !exited &&
    !(existsSync(parent) && readdirSync(parent).some((f) => f.startsWith(`${path.basename(out)}.tmp-`)))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  return performance.now()
}

/** The generation the folder holds whole, or a description of what is wrong with it. */
function wholeGeneration(out: string): string {
  if (!existsSync(out)) return 'MISSING'
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    generation: string
    count: number
  }
  const files = readdirSync(path.join(out, 'f'))
  if (files.length !== manifest.count) return `PARTIAL ${files.length}/${manifest.count}`
  for (const f of files) {
    const { generation } = JSON.parse(readFileSync(path.join(out, 'f', f), 'utf8')) as { generation: string }
    if (generation !== manifest.generation) return `MIXED ${generation}/${manifest.generation}`
  }
  return manifest.generation
}

describe('atomic output under SIGKILL', () => {
  it('uses a one-call exchange on this machine (or says it falls back)', () => {
    const a = mkdtempSync(path.join(work, 'a-'))
    const b = mkdtempSync(path.join(work, 'b-'))
    const swap = exchangeFolders(a, b)
    if (swap.kind === 'unsupported')
      console.warn(`renameat2 exchange unavailable here (${swap.why}): the writer uses two renames`)
    else expect(swap).toEqual({ kind: 'exchanged' })
  })

  it(`leaves one whole generation after each of ${KILLS} kills at seeded random moments of the write`, async () => {
    const out = path.join(work, 'random', 'data')
    const first = writer(out, 'g0')
    const writeStart = await workFolderAppears(out, first)
    expect((await first.done).code).toBe(0)
    const writeMs = performance.now() - writeStart
    expect(wholeGeneration(out)).toBe('g0')

    const random = seededRandom(20261201)
    let previous = 'g0'
    const seen: string[] = []
    for (let k = 1; k <= KILLS; k++) {
      const generation = `g${k}`
      const child = writer(out, generation)
      // Each kill lands while the new output is being written, verified or swapped (up to just past the usual end).
      await workFolderAppears(out, child)
      const delay = random() * writeMs * 1.2
      const timer = setTimeout(child.kill, delay)
      const { signal } = await child.done
      clearTimeout(timer)
      const leftover = readdirSync(path.dirname(out)).some((f) => f.startsWith('data.tmp-'))
      const now = wholeGeneration(out)
      seen.push(`${Math.round(delay)}ms:${signal ?? 'exit'}:${leftover ? 'work folder left' : 'clean'}:${now}`)
      expect([previous, generation], seen.join(' ')).toContain(now)
      previous = now
    }
    console.info(`kills (delay after the write began: outcome): ${seen.join(', ')}`)
    // Not vacuous: some kills interrupted a write (their work folder was left behind for the next run).
    expect(seen.filter((s) => s.includes('work folder left')).length, seen.join(' ')).toBeGreaterThan(0)
    // The next run starts by removing what killed runs left, and ends with exactly one folder.
    expect((await writer(out, 'final').done).code).toBe(0)
    expect(wholeGeneration(out)).toBe('final')
    expect(readdirSync(path.dirname(out))).toEqual(['data'])
  }, 60_000)

  it('a kill right after the exchange: the new output is whole; the next run deletes the previous one left beside it', async () => {
    const out = path.join(work, 'after-exchange', 'data')
    expect((await writer(out, 'previous', 'exchange', 50).done).code).toBe(0)
    const { signal } = await writer(out, 'next', 'kill-after-exchange', 50).done
    if (signal === null) {
      console.warn('no renameat2 exchange here (the child swapped with two renames): see the two-rename test below')
      return
    }
    expect(signal).toBe('SIGKILL')
    expect(wholeGeneration(out)).toBe('next')
    const [leftover = ''] = readdirSync(path.dirname(out)).filter((f) => f.startsWith('data.tmp-'))
    expect(wholeGeneration(path.join(path.dirname(out), leftover))).toBe('previous')
    expect(await recoverInterruptedRuns(out)).toEqual([
      `removed ${path.join(path.dirname(out), leftover)}, left by an interrupted run`,
    ])
    expect(readdirSync(path.dirname(out))).toEqual(['data'])
  }, 30_000)

  it('heals a kill between the two renames of the fallback swap: the previous output is put back first thing', async () => {
    const out = path.join(work, 'between', 'data')
    expect((await writer(out, 'previous', 'fallback', 50).done).code).toBe(0)
    const { signal } = await writer(out, 'next', 'kill-between-renames', 50).done
    expect(signal).toBe('SIGKILL')
    // The window the two renames leave: no output folder, the previous output whole beside it.
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(path.dirname(out)).sort()).toEqual([
      expect.stringMatching(/^data\.old-/),
      expect.stringMatching(/^data\.tmp-/),
    ])
    const notes = await recoverInterruptedRuns(out)
    expect(notes[0]).toMatch(/^restored the previous output/)
    expect(wholeGeneration(out)).toBe('previous')
    expect(readdirSync(path.dirname(out))).toEqual(['data'])
  }, 30_000)
})
