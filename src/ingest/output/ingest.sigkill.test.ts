/**
 * Atomic output, end to end: the real ingest CLI (one node process, so SIGKILL reaches the process
 * doing the work) runs over a generated corpus and is killed at seeded random moments — some
 * anywhere in the run, some while it writes the new output. After every kill the output folder is
 * a complete, valid contract (manifest, every article, every feed page and the report pass the
 * schemas of src/core/schema.ts) from the previous run or the killed one, never a mix.
 *
 * Two corpora alternate (N pages, N + 40 pages) so a mixed folder would show in the counts.
 * N defaults to 250 pages (500 articles) to keep the test near 40 s with today's ingest on this
 * 2-core machine; SIGKILL_PAGES raises it.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { aggregatorPage, seededRandom } from '@/corpus/hostile/goodPages.ts'
import { checkOutput } from '../testing/checkOutput.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const PAGES = Number(process.env.SIGKILL_PAGES ?? 250)
const KILLS = 4
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-sigkill-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function corpus(name: string, pages: number): string {
  const dir = path.join(work, name)
  mkdirSync(dir)
  for (let n = 0; n < pages; n++)
    writeFileSync(path.join(dir, `page-${String(n).padStart(5, '0')}.txt`), aggregatorPage(11, n))
  return dir
}

const inputs = [corpus('a', PAGES), corpus('b', PAGES + 40)]
const out = path.join(work, 'out', 'data')

function ingest(input: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/run/cli.ts', '--in', input, '--out', out], {
    cwd: root,
    stdio: 'ignore',
  })
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return { done, kill: () => child.kill('SIGKILL') }
}

async function writing(child: ReturnType<typeof ingest>): Promise<void> {
  let exited = false
  void child.done.then(() => (exited = true))
  const parent = path.dirname(out)
  while (!exited && !readdirSync(parent).some((f) => f.startsWith('data.tmp-')))
    await new Promise((r) => setTimeout(r, 5))
}

function articleCount(): number {
  return (JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { articleCount: number }).articleCount
}

describe('SIGKILL during an ingest', () => {
  it(`leaves the previous output complete and valid (${KILLS} seeded kills over ${PAGES} pages)`, async () => {
    mkdirSync(path.dirname(out), { recursive: true })
    const firstStart = performance.now()
    const first = ingest(inputs[0] ?? '')
    await writing(first)
    const writeStart = performance.now()
    expect((await first.done).code).toBe(0)
    const [runMs, writeMs] = [performance.now() - firstStart, performance.now() - writeStart]
    expect(checkOutput(out)).toEqual([])
    const counts = [articleCount(), -1]

    const random = seededRandom(6)
    const log: string[] = []
    let previous = counts[0]
    for (let k = 1; k <= KILLS; k++) {
      const input = k % 2
      const child = ingest(inputs[input] ?? '')
      // Odd kills: anywhere in the run. Even kills: while the new output is written and swapped in.
      let delay: number
      if (k % 2 === 1) delay = random() * runMs
      else {
        await writing(child)
        delay = random() * writeMs * 1.1
      }
      const timer = setTimeout(child.kill, delay)
      const { code, signal } = await child.done
      clearTimeout(timer)
      expect(checkOutput(out), `after kill ${k}`).toEqual([])
      const now = articleCount()
      if (code === 0) counts[input] = now
      log.push(`${k % 2 === 1 ? 'run' : 'write'}+${Math.round(delay)}ms:${signal ?? `exit ${code}`}:${now} articles`)
      expect([previous, ...(code === 0 || signal ? [now] : [])], log.join(' ')).toContain(now)
      previous = now
    }
    console.info(`SIGKILL: first run ${Math.round(runMs)} ms (write ${Math.round(writeMs)} ms); ${log.join(', ')}`)
    // The next run tidies what the killed runs left and replaces the output cleanly.
    expect((await ingest(inputs[1] ?? '').done).code).toBe(0)
    expect(checkOutput(out)).toEqual([])
    expect(existsSync(out) && readdirSync(path.dirname(out))).toEqual(['data'])
  }, 120_000)
})
