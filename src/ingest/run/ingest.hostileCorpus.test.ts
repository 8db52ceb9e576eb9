/**
 * The ingest on the hostile corpus (src/corpus/hostile): generated into a temp folder, ingested by
 * the real CLI in a child process, and the report checked file by file against expected.json —
 * every input exactly once, the expected status, a reason that says what to fix, the expected
 * warnings, every good page ingested, no crash (exit 0) — and the output checked against the schemas.
 *
 * Permissions: root reads a chmod-000 file anyway, so as root the CLI is run as `nobody` (setpriv)
 * to exercise the real EACCES path; where that is impossible the root expectation is used, and the
 * test says which it checked.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestReportSchema } from '@/core/schema.ts'
import type { Expectation } from '@/corpus/hostile/hostileCases.ts'
import { removeHostileCorpus, writeHostileCorpus, type ExpectedFile } from '@/corpus/hostile/writeHostileCorpus.ts'
import { checkOutput } from '../testing/checkOutput.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-hostile-'))
afterAll(() => {
  removeHostileCorpus(work)
  rmSync(work, { recursive: true, force: true })
})

const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--']
const isRoot = process.getuid?.() === 0
// `nobody` must also be able to reach the checkout (node_modules, the sources): not so under a 0700 /root.
const asNobody =
  isRoot &&
  spawnSync(NOBODY[0] ?? '', [...NOBODY.slice(1), process.execPath, '--import', 'tsx', '-e', '0'], { cwd: root })
    .status === 0
const timeV = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : []

/** What the report must say about a file in this run: root reads through permissions, `nobody` does not. */
function expectationFor(file: ExpectedFile): Expectation | null {
  return isRoot && !asNobody && file.asRoot !== undefined ? file.asRoot : file.expect
}

describe('npm run ingest on the hostile corpus', () => {
  const expected = writeHostileCorpus(work)
  const pages = path.join(work, expected.pages)
  const outParent = path.join(work, 'out')
  mkdirSync(outParent)
  // `nobody` must be able to read the corpus and write the output.
  chmodSync(work, 0o755)
  chmodSync(outParent, 0o777)
  const out = path.join(outParent, 'data')
  const command = [...timeV, ...(asNobody ? NOBODY : []), process.execPath, '--import', 'tsx', 'src/ingest/run/cli.ts']
  const started = performance.now()
  const run = spawnSync(
    command[0] ?? '',
    [...command.slice(1), '--in', pages, '--out', out, '--taxonomy', 'seeds/topics.json'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const seconds = (performance.now() - started) / 1000
  const report = existsSync(path.join(out, 'ingest-report.json'))
    ? ingestReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'ingest-report.json'), 'utf8')))
    : null
  const byName = new Map(report?.files.map((f) => [f.file, f]))
  const listed = expected.files.filter((f) => expectationFor(f) !== null)

  it('completes with exit 0 and no crash', () => {
    expect(run.stderr).not.toMatch(/ingest failed|Error:|\n\s+at /)
    expect(run.status, run.stderr.slice(-2000)).toBe(0)
    expect(checkOutput(out)).toEqual([])
    const counts = new Map<string, number>()
    for (const f of report?.files ?? []) counts.set(f.status, (counts.get(f.status) ?? 0) + 1)
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]
    console.info(
      `hostile corpus: ${listed.length} entries in the report (${expected.skipped.length} skipped here), ` +
        `${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}; ingest ${seconds.toFixed(1)} s` +
        `${rss ? `, peak RSS ${Math.round(Number(rss) / 1024)} MB` : ''}; unreadable file checked ${asNobody ? 'as nobody (EACCES)' : isRoot ? 'as root (readable)' : 'as a normal user'}`,
    )
  })

  it('lists every input exactly once, and nothing else', () => {
    const names = report?.files.map((f) => f.file) ?? []
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort()).toEqual(listed.map((f) => f.name).sort())
    for (const name of expected.notReported)
      expect(names.some((n) => n.startsWith(`${name}/`) || n === name)).toBe(false)
  })

  it.each(listed.map((f) => [f.name, f] as const))('%s: the expected status, reason and warnings', (name, file) => {
    const want = expectationFor(file)
    const got = byName.get(name)
    if (!want) throw new Error('only listed files are checked here')
    expect(got?.status, JSON.stringify(got)).toBe(want.status)
    if (want.status !== 'ok') expect(got?.reason ?? '').toMatch(/\S.*: \S/) // says what is wrong, then what to do
    if (want.reason) expect(got?.reason).toMatch(new RegExp(want.reason, 'u'))
    if (want.warning) expect(got?.warnings ?? []).toContainEqual(expect.stringMatching(new RegExp(want.warning, 'u')))
    if (want.status === 'ok') {
      expect(got?.articles.length).toBeGreaterThan(0)
      for (const id of got?.articles ?? []) expect(existsSync(path.join(out, 'articles', `${id}.json`))).toBe(true)
    }
  })

  it('strips the stray NUL and keeps the word whole', () => {
    const id = byName.get('stray-nul.txt')?.articles[0] ?? ''
    const article = readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8')
    expect(article).not.toContain('\\u0000')
    expect(article).toContain('اليوم')
  })
})
