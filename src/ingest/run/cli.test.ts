import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { articleSchema, feedPageSchema, ingestReportSchema, manifestSchema } from '@/core/schema.ts'
import { EXIT, runIngest } from './runIngest.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const SEED = path.join(root, 'seeds/000_071eff8cf92bc83d.txt')
const TAXONOMY = path.join(root, 'seeds/topics.json')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-ingest-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

async function ingest(args: string[], now = new Date('2026-01-01T00:00:00Z')) {
  const stderr: string[] = []
  const code = await runIngest(args, { stderr: (l) => stderr.push(l), stdout: () => {}, now: () => now })
  return { code, stderr: stderr.join('\n') }
}

/** Every file under `dir`, relative path → content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full)] = readFileSync(full, 'utf8')
  }
  return files
}

function json(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

function seedFolder(name: string): string {
  const dir = path.join(work, name)
  mkdirSync(dir, { recursive: true })
  copyFileSync(SEED, path.join(dir, path.basename(SEED)))
  return dir
}

describe('npm run ingest on the seed', () => {
  const input = seedFolder('seed-in')
  const out = path.join(work, 'seed-out')

  it('writes two articles, a manifest, feed pages and a report that all match the contract', async () => {
    const { code, stderr } = await ingest(['--in', input, '--out', out, '--taxonomy', TAXONOMY])
    expect(code).toBe(EXIT.completed)
    expect(stderr).toMatch(/1 file: 1 ok, 0 rejected, 0 duplicate; 2 articles; 0 warnings/)

    const articleFiles = readdirSync(path.join(out, 'articles'))
    expect(articleFiles).toHaveLength(2)
    const articles = articleFiles.map((f) => articleSchema.parse(json(path.join(out, 'articles', f))))
    expect(
      articles
        .map((a) => [a.title, a.publishedAt, a.topics, a.source.index])
        .sort((a, b) => Number(a[3]) - Number(b[3])),
    ).toEqual([
      ['توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة', '2024-09-24', ['iraq-us'], 0],
      ['قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب', null, ['algeria-africom'], 1],
    ])

    const manifest = manifestSchema.parse(json(path.join(out, 'manifest.json')))
    expect(manifest.articleCount).toBe(2)
    expect(manifest.feed.lists).toEqual([
      { id: 'all', count: 2, pageCount: 1 },
      { id: 'iraq-us', count: 1, pageCount: 1 },
      { id: 'algeria-africom', count: 1, pageCount: 1 },
    ])
    for (const list of manifest.feed.lists) feedPageSchema.parse(json(path.join(out, 'feed', list.id, '1.json')))

    const report = ingestReportSchema.parse(json(path.join(out, 'ingest-report.json')))
    expect(report.files).toEqual([
      { file: '000_071eff8cf92bc83d.txt', status: 'ok', articles: articles.map((a) => a.id).sort() },
    ])
  })

  it('writes byte-identical output on a second run, apart from generatedAt', async () => {
    const first = snapshot(out)
    await ingest(['--in', input, '--out', out, '--taxonomy', TAXONOMY], new Date('2027-06-01T12:00:00Z'))
    const second = snapshot(out)
    const withoutTime = (files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).map(([f, c]) => [f, c.replace(/"generatedAt": "[^"]+"/, '')]))
    expect(second['manifest.json']).toContain('2027-06-01T12:00:00.000Z')
    expect(withoutTime(second)).toEqual(withoutTime(first))
  })

  it('writes JSON with sorted keys and two-space indent', () => {
    const text = readFileSync(path.join(out, 'manifest.json'), 'utf8')
    expect(text.startsWith('{\n  "articleCount": 2,\n  "feed": {')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('leaves the previous output untouched when the run cannot complete (taxonomy missing → exit 1)', async () => {
    const before = snapshot(out)
    const { code, stderr } = await ingest(['--in', input, '--out', out, '--taxonomy', path.join(work, 'missing.json')])
    expect(code).toBe(EXIT.failed)
    expect(stderr).toMatch(/cannot read the topic taxonomy/)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(work).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([])
  })

  it('exits 1 on an invalid taxonomy, naming the problem, and keeps the previous output', async () => {
    const before = snapshot(out)
    const bad = path.join(work, 'bad-topics.json')
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        termGroups: {},
        topics: [{ id: 'x', labels: { ar: 'س', en: 'x' }, rule: 'nope' }],
      }),
    )
    const { code, stderr } = await ingest(['--in', input, '--out', out, '--taxonomy', bad])
    expect(code).toBe(EXIT.failed)
    expect(stderr).toMatch(/unknown term group "nope"/)
    expect(snapshot(out)).toEqual(before)
  })
})

describe('every input file is accounted for', () => {
  const input = seedFolder('mixed-in')
  mkdirSync(path.join(input, 'nested/deeper'), { recursive: true })
  copyFileSync(SEED, path.join(input, 'nested/deeper/copy-of-seed.txt'))
  writeFileSync(
    path.join(input, 'photo.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
  )
  writeFileSync(path.join(input, 'empty.txt'), '  \n\n ')
  writeFileSync(path.join(input, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x41))
  copyFileSync(TAXONOMY, path.join(input, 'topics.json'))
  const out = path.join(work, 'mixed-out')

  it('reports rejected, duplicate and ok files with reasons, skips the taxonomy, and still exits 0', async () => {
    const { code, stderr } = await ingest(['--in', input, '--out', out, '--taxonomy', path.join(input, 'topics.json')])
    expect(code).toBe(EXIT.completed)
    const report = ingestReportSchema.parse(json(path.join(out, 'ingest-report.json')))
    expect(report.files.map((f) => [f.file, f.status, f.reason])).toEqual([
      ['000_071eff8cf92bc83d.txt', 'ok', undefined],
      ['empty.txt', 'rejected', 'empty file (no text): save the page again from its source, or remove the file'],
      [
        'huge.txt',
        'rejected',
        expect.stringMatching(/^file too large: 5.0 MB, over the 2.0 MB cap for a page \(not read\): split it/),
      ],
      [
        'nested/deeper/copy-of-seed.txt',
        'duplicate',
        expect.stringMatching(/^duplicate of 000_071eff8cf92bc83d.txt: /),
      ],
      ['photo.png', 'rejected', expect.stringMatching(/^binary file \(PNG image\), not a text page: remove it/)],
    ])
    expect(stderr).toMatch(/5 files: 1 ok, 3 rejected, 1 duplicate; 2 articles/)
    expect(stderr).toMatch(/rejected photo\.png: binary file/)
    expect(readdirSync(path.join(out, 'articles'))).toHaveLength(2)
  })

  it('accepts a single file as --in, and several --in', async () => {
    const single = path.join(work, 'single-out')
    expect(
      (await ingest(['--in', path.join(input, 'empty.txt'), `--in=${SEED}`, '--out', single, '--taxonomy', TAXONOMY]))
        .code,
    ).toBe(0)
    const report = ingestReportSchema.parse(json(path.join(single, 'ingest-report.json')))
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['000_071eff8cf92bc83d.txt', 'ok'],
      ['empty.txt', 'rejected'],
    ])
  })
})

describe('usage errors and refusals', () => {
  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--in'], /--in needs a value/],
    [['--out', '--in', 'seeds'], /--out needs a value/],
    [['stray'], /unexpected argument stray/],
    [['--in', '/nonexistent/sahifa/pages'], /--in \/nonexistent\/sahifa\/pages does not exist/],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await ingest([...args, '--out', path.join(work, 'never')])
    expect(code).toBe(EXIT.usage)
    expect(stderr).toMatch(message)
    expect(statSync(path.join(work, 'never'), { throwIfNoEntry: false })).toBeUndefined()
  })

  it('refuses an --out that holds the inputs (exit 2) or a folder that is not ingest output (exit 1)', async () => {
    const input = seedFolder('inside/pages')
    expect((await ingest(['--in', input, '--out', path.join(work, 'inside'), '--taxonomy', TAXONOMY])).code).toBe(
      EXIT.usage,
    )
    const precious = path.join(work, 'precious')
    mkdirSync(precious)
    writeFileSync(path.join(precious, 'notes.txt'), 'keep me')
    const { code, stderr } = await ingest(['--in', input, '--out', precious, '--taxonomy', TAXONOMY])
    expect(code).toBe(EXIT.failed)
    expect(stderr).toMatch(/refusing to replace/)
    expect(readFileSync(path.join(precious, 'notes.txt'), 'utf8')).toBe('keep me')
  })
})

describe('the cli process', () => {
  const tsx = path.join(root, 'node_modules/.bin/tsx')
  const cli = path.join(root, 'src/ingest/run/cli.ts')

  it('exits 0 on the seed and 2 on a usage error', () => {
    const out = path.join(work, 'process-out')
    const ok = spawnSync(tsx, [cli, '--in', SEED, '--out', out, '--taxonomy', TAXONOMY], { encoding: 'utf8' })
    expect(ok.status).toBe(0)
    expect(ok.stderr).toMatch(/2 articles/)
    expect(readdirSync(path.join(out, 'articles'))).toHaveLength(2)
    const usage = spawnSync(tsx, [cli, '--nope'], { encoding: 'utf8' })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/usage: npm run ingest/)
  }, 30_000)

  it('runs from npm under a heap ceiling that keeps the process within the 2 GB goal (README, "Memory")', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts
    const ceiling = /--max-old-space-size=(\d+)/.exec(scripts['ingest'] ?? '')?.[1]
    expect(ceiling).toBeDefined()
    // Room for what is not the main heap: the young generation, code, the parse workers, buffers.
    expect(Number(ceiling)).toBeLessThanOrEqual(2048 - 384)
    // …and well above the 700 MB of live data at 100,000 articles.
    expect(Number(ceiling)).toBeGreaterThanOrEqual(1400)
  })
})
