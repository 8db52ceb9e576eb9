/**
 * Ids and output do not depend on where the editor put the files or in which order they are read;
 * the same article met on several pages is one article, its later copies reported as duplicates.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article, IngestReport } from '@/core/schema.ts'
import { buildContract } from '../assemble/buildContract.ts'
import { parsePage } from '../parse/parsePage.ts'
import { PROGRESS_EVERY, runIngest } from './runIngest.ts'
import { parseTaxonomy } from '../analyse/taxonomy.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const TAXONOMY = path.join(root, 'seeds/topics.json')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-order-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const EMBEDDED_TITLE = 'وفد أمريكي يزور بغداد لبحث ملف الطاقة'
const EMBEDDED_BODY = 'وصل إلى بغداد وفد من وزارة الطاقة الأمريكية لبحث إمدادات الغاز والكهرباء مع الحكومة العراقية.'

/** A main article with the embedded one as read-also. */
const HOST = `العراق والولايات المتحدة يبحثان جدول انسحاب قوات التحالف
تاريخ النشر: 2nd, February 2025 GMT
بغداد/المسلة: بحث مسؤولون عراقيون وأمريكيون في واشنطن الجدول الزمني لانسحاب قوات التحالف من العراق.
وقال مصدر إن الجولة المقبلة ستعقد في بغداد.
إقرأ أيضاً:
${EMBEDDED_TITLE}
${EMBEDDED_BODY}`

/** The embedded article as a page of its own, with what the read-also copy lacked. */
const OWN = `${EMBEDDED_TITLE}
تاريخ النشر: 1st, February 2025 GMT
${EMBEDDED_BODY}
وأضاف المصدر أن الوفد سيزور أربيل أيضا.
بقلم: سليم حداد`

const OTHER = `الجزائر وأفريكوم تبحثان التعاون في مكافحة الإرهاب
الجزائر – واج: استقبل رئيس أركان الجيش الجزائري وفدا من القيادة الأمريكية في إفريقيا أفريكوم لبحث التعاون الأمني.
وتناول اللقاء تبادل المعلومات في منطقة الساحل.`

function layout(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

async function ingest(input: string, out: string) {
  const progress: string[] = []
  const code = await runIngest(['--in', input, '--out', out, '--taxonomy', TAXONOMY], {
    stderr: () => {},
    stdout: () => {},
    now: () => new Date('2026-01-01T00:00:00Z'),
    progress: (line) => progress.push(line),
  })
  expect(code).toBe(0)
  const articles = readdirSync(path.join(out, 'articles')).map(
    (f) => JSON.parse(readFileSync(path.join(out, 'articles', f), 'utf8')) as Article,
  )
  const report = JSON.parse(readFileSync(path.join(out, 'ingest-report.json'), 'utf8')) as IngestReport
  return { articles, report, progress }
}

/** An article without the name of the file it came from (which is what the layouts change). */
function content(article: Article) {
  return { ...article, source: { index: article.source.index } }
}

describe('input layout and order', () => {
  const flat = layout('flat', { 'a-host.txt': HOST, 'b-own.txt': OWN, 'c-other.txt': OTHER, 'd-host-again.txt': HOST })
  const nested = layout('nested', {
    'z/host.txt': HOST,
    'a/deep/own.txt': OWN,
    'm/other.txt': OTHER,
    'again.txt': HOST,
  })

  it('gives the same ids and the same articles whatever the folders and file names', async () => {
    const one = await ingest(flat, path.join(work, 'flat-out'))
    const two = await ingest(nested, path.join(work, 'nested-out'))
    expect(one.articles.map((a) => a.id)).toHaveLength(3)
    expect(two.articles.map((a) => a.id)).toEqual(one.articles.map((a) => a.id))
    expect(two.articles.map(content)).toEqual(one.articles.map(content))
  })

  it('keeps one copy of an article met twice, with the read-also link and the fuller copy’s fields', async () => {
    const { articles, report } = await ingest(flat, path.join(work, 'flat-out-2'))
    const embedded = articles.find((a) => a.title === EMBEDDED_TITLE)
    const host = articles.find((a) => a.source.index === 0 && a.title.startsWith('العراق والولايات المتحدة'))
    expect(embedded).toMatchObject({
      author: 'سليم حداد',
      publishedAt: '2025-02-01',
      source: { file: 'b-own.txt', index: 0 },
    })
    expect(host?.related.filter((r) => r.kind === 'read-also').map((r) => r.id)).toEqual([embedded?.id])
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['a-host.txt', 'ok'],
      ['b-own.txt', 'duplicate'],
      ['c-other.txt', 'ok'],
      ['d-host-again.txt', 'duplicate'],
    ])
  })

  it('prints no progress on a short run', async () => {
    expect((await ingest(flat, path.join(work, 'flat-out-3'))).progress).toEqual([])
  })

  it(`prints progress every ${PROGRESS_EVERY} files on a long run`, async () => {
    const many = Object.fromEntries(
      Array.from({ length: PROGRESS_EVERY + 1 }, (_, i) => [
        `p/${i}.txt`,
        `عنوان الخبر رقم ${i}\nنص الخبر رقم ${i} في سطر واحد.`,
      ]),
    )
    const { progress } = await ingest(layout('many', many), path.join(work, 'many-out'))
    // Worker threads report in batches: one line once at least PROGRESS_EVERY files are read.
    expect(progress).toEqual([
      expect.stringMatching(new RegExp(`^ingest: read \\d+/${PROGRESS_EVERY + 1} files$`)),
      expect.stringMatching(/parsed 501 files/),
    ])
  }, 60_000)
})

describe('buildContract', () => {
  it('writes byte-identical files whatever order the pages come in', () => {
    const taxonomy = parseTaxonomy(JSON.parse(readFileSync(TAXONOMY, 'utf8')))
    const pages = [
      { file: 'x/host.txt', page: parsePage(HOST) },
      { file: 'own.txt', page: parsePage(OWN) },
      { file: 'other.txt', page: parsePage(OTHER) },
      { file: 'host-again.txt', page: parsePage(HOST) },
    ]
    const expected = buildContract(pages, taxonomy, 't').files
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      expect(
        buildContract(
          order.map((i) => pages[i]!),
          taxonomy,
          't',
        ).files,
      ).toEqual(expected)
    }
  })
})
