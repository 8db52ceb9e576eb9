/**
 * The ingest run on records files: the report accounts for every record (file + index, with its
 * status and reason), duplicates are found per record (across files and within one), and each
 * article says which record it came from. The same on worker threads as in the main thread.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { articleSchema, ingestReportSchema, type IngestReport } from '@/core/schema.ts'
import { EXIT, runIngest } from '../run/runIngest.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const TAXONOMY = path.join(here, '../../../seeds/topics.json')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-records-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const input = path.join(work, 'in')
mkdirSync(input)
copyFileSync(path.join(here, 'fixtures/records-newsplease-jsonl/source.jsonl'), path.join(input, 'news-please.jsonl'))
copyFileSync(path.join(here, 'fixtures/records-jsonl-broken-line/source.jsonl'), path.join(input, 'broken.jsonl'))
copyFileSync(path.join(here, 'fixtures/records-json-not-records/source.json'), path.join(input, 'settings.json'))
const newsPlease = readFileSync(path.join(input, 'news-please.jsonl'), 'utf8')
  .split('\n')
  .map((l) => (l ? (JSON.parse(l) as Record<string, unknown>) : null))
const park = newsPlease[0] ?? {}
const fresh = {
  title: 'انطلاق معرض للحرف اليدوية في ساحة البلدة القديمة',
  content:
    'افتتح في ساحة البلدة القديمة معرض للحرف اليدوية يشارك فيه أكثر من خمسين حرفيا من مختلف المناطق.\nويستمر المعرض أسبوعا كاملا.',
  source: 'www.heritage.example',
}
// An export that repeats a record of news-please.jsonl, and repeats one of its own.
writeFileSync(
  path.join(input, 'export.json'),
  JSON.stringify([fresh, { title: park.title, content: park.maintext, source: 'park.example' }, fresh]),
)

async function ingest(out: string, workers: number): Promise<IngestReport> {
  const stderr: string[] = []
  const code = await runIngest(
    ['--in', input, '--out', out, '--taxonomy', TAXONOMY],
    { stderr: (l) => stderr.push(l), stdout: () => {}, now: () => new Date('2026-01-01T00:00:00Z') },
    { workers },
  )
  expect(code, stderr.join('\n')).toBe(EXIT.completed)
  return ingestReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'ingest-report.json'), 'utf8')))
}

describe('npm run ingest on records files', () => {
  const out = path.join(work, 'out')

  it('lists every record of every file with its index, status and reason', async () => {
    const report = await ingest(out, 0)
    const byFile = new Map(report.files.map((f) => [f.file, f]))
    const outline = (file: string) =>
      byFile
        .get(file)
        ?.records?.map((r) => [r.index, r.status, r.articles.length, r.reason?.replace(/:.*$/su, '') ?? null])
    // Files are taken in path order: export.json is read before news-please.jsonl.
    expect(outline('export.json')).toEqual([
      [0, 'ok', 1, null],
      [1, 'ok', 1, null],
      [2, 'duplicate', 1, 'duplicate of export.json record 0'],
    ])
    expect(outline('news-please.jsonl')).toEqual([
      [0, 'duplicate', 1, 'duplicate of export.json record 1'],
      [1, 'rejected', 0, 'no body text'],
      [2, 'ok', 1, null],
    ])
    expect(outline('broken.jsonl')).toEqual([
      [0, 'ok', 1, null],
      [1, 'rejected', 0, 'not JSON'],
      [2, 'ok', 1, null],
    ])
    expect(byFile.get('news-please.jsonl')?.status).toBe('ok')
    expect(byFile.get('settings.json')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(
        /^JSON but no article records: expected title and text fields .*found keys name, version/u,
      ),
    })
    expect(byFile.get('settings.json')?.records).toBeUndefined()
  })

  it('gives each article its record as its source', () => {
    const report = ingestReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'ingest-report.json'), 'utf8')))
    for (const file of report.files) {
      for (const record of file.records ?? []) {
        if (record.status !== 'ok') continue
        const article = articleSchema.parse(
          JSON.parse(readFileSync(path.join(out, 'articles', `${record.articles[0] ?? ''}.json`), 'utf8')),
        )
        expect(article.source).toEqual({ file: file.file, index: record.index })
      }
    }
  })

  it('reports the same on worker threads', async () => {
    const inMain = ingestReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'ingest-report.json'), 'utf8')))
    expect(await ingest(path.join(work, 'out-workers'), 1)).toEqual(inMain)
  })
})
