/**
 * The synthetic corpus: the same seed writes the same bytes; its pages carry the format variations
 * of docs/ingest.md in realistic proportions; and the ingest finds exactly the articles, topics and
 * dates the generator put there (ids computed from what it wrote).
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article } from '@/core/schema.ts'
import { articleId } from '@/ingest/assemble/ids.ts'
import { EXIT, runIngest } from '@/ingest/run/runIngest.ts'
import { parseCorpusArgs } from './corpusArgs.ts'
import { syntheticPage, type ExpectedArticle } from './page.ts'
import { writeCorpus } from './writeCorpus.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-corpus-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function folderDigest(dir: string): string {
  const hash = createHash('sha256')
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
  for (const file of files) hash.update(path.relative(dir, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

describe('determinism', () => {
  it('writes the same bytes under the same names for the same seed, and others for another seed', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => path.join(work, name))
    await writeCorpus({ out: a ?? '', seed: 7, pages: 120 })
    await writeCorpus({ out: b ?? '', seed: 7, pages: 120 })
    await writeCorpus({ out: c ?? '', seed: 8, pages: 120 })
    expect(folderDigest(a ?? '')).toBe(folderDigest(b ?? ''))
    expect(folderDigest(c ?? '')).not.toBe(folderDigest(a ?? ''))
  })

  it('generates each page independently of the others', () => {
    expect(syntheticPage(3, 500)).toEqual(syntheticPage(3, 500))
    expect(syntheticPage(3, 500).text).not.toBe(syntheticPage(3, 501).text)
  })
})

describe('variety', () => {
  const pages = Array.from({ length: 3000 }, (_, i) => syntheticPage(11, i))
  const articles = pages.flatMap((p) => p.newArticles)
  const share = (test: (a: ExpectedArticle) => boolean) => articles.filter(test).length / articles.length
  const pageShare = (pattern: RegExp) => pages.filter((p) => pattern.test(p.text)).length / pages.length

  it('puts most articles on neither topic, some on each, a few on both', () => {
    expect(share((a) => a.topics.length === 0)).toBeGreaterThan(0.7)
    expect(share((a) => a.topics.length === 0)).toBeLessThan(0.9)
    expect(share((a) => a.topics.includes('iraq-us'))).toBeGreaterThan(0.08)
    expect(share((a) => a.topics.includes('algeria-africom'))).toBeGreaterThan(0.04)
    expect(share((a) => a.topics.length === 2)).toBeGreaterThan(0.003)
  })

  it('includes hard negatives: Iraq with Iran, AFRICOM in Niger', () => {
    expect(pageShare(/الإيراني|طهران/u)).toBeGreaterThan(0.01)
    expect(pageShare(/النيجر/u)).toBeGreaterThan(0.005)
  })

  it('spreads dates over several years', () => {
    const years = new Set(articles.flatMap((a) => (a.date ? [a.date.slice(0, 4)] : [])))
    expect(years.size).toBeGreaterThanOrEqual(6)
  })

  it('varies read-also sections, date lines, datelines, furniture and text mess', () => {
    const sections = pages.map((p) => p.text.match(/^(?:إقرأ|اقرأ|طالع) أيض/gmu)?.length ?? 0)
    for (const n of [0, 1, 2, 3]) expect(sections.filter((s) => s === n).length).toBeGreaterThan(30)
    for (const pattern of [
      /تاريخ النشر: \d+(?:st|nd|rd|th), [A-Z][a-z]+ \d{4} GMT/u,
      /أيلول|تشرين الأول|آذار/u,
      /جانفي|فيفري|أوت|جويلية/u,
      /شتنبر|غشت|يوليوز/u,
      /[٠-٩]{4}/u,
      /^\d+-\d+-\d{4}$/mu,
      /آخر تحديث/u,
      /^(?:الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت) /mu,
      /^[^\n]+\/[^\n:]+: /mu,
      /^\S+ \(\S+\) - /mu,
      /^\S+- \S+: /mu,
      /كلمات دلالية/u,
      /كلمات مفتاحية/u,
      /About Post Author/u,
      /بقلم: /u,
      /\r\n/u,
      /^\uFEFF/u,
      /ـ/u,
      /[یک]/u,
      /&quot;/u,
      /\u00A0/u,
      /إضغط على الصورة/u,
      /^#/mu,
      /رابط الخبر/u,
    ]) {
      expect(pageShare(pattern), String(pattern)).toBeGreaterThan(0.002)
    }
    expect(pages.filter((p) => !/About Post Author|بقلم/u.test(p.text)).length).toBeGreaterThan(500)
  })

  it('nests files in folders, with some pages saved twice', () => {
    expect(pages.every((p) => p.path.split('/').length >= 3)).toBe(true)
    expect(pages.filter((p) => p.path.startsWith('mirror/')).length).toBeGreaterThan(5)
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length)
  })
})

describe('ingest of a generated corpus', () => {
  it('finds exactly the articles the pages hold, with their topics and dates', async () => {
    const input = path.join(work, 'in')
    const out = path.join(work, 'out')
    const stats = await writeCorpus({ out: input, seed: 5, pages: 400 })
    const expected = new Map<string, ExpectedArticle>()
    for (let i = 0; i < stats.pages; i++)
      for (const a of syntheticPage(5, i).newArticles) expected.set(articleId(a.title, a.firstParagraph), a)
    expect(expected.size).toBe(stats.articles)

    const code = await runIngest(['--in', input, '--out', out, '--taxonomy', path.join(root, 'seeds/topics.json')], {
      stderr: () => {},
      stdout: () => {},
      now: () => new Date('2026-01-01T00:00:00Z'),
    })
    expect(code).toBe(EXIT.completed)
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      articleCount: number
      topics: Array<{ id: string; count: number }>
    }
    expect(manifest.articleCount).toBe(stats.articles)
    for (const topic of manifest.topics) expect(topic.count).toBe(stats.topics[topic.id])

    const articles = readdirSync(path.join(out, 'articles')).map(
      (f) => JSON.parse(readFileSync(path.join(out, 'articles', f), 'utf8')) as Article,
    )
    for (const article of articles) {
      const want = expected.get(article.id)
      expect(want, article.title).toBeDefined()
      expect(article.topics, article.title).toEqual(want?.topics)
      // An undated article may take its date from a copy on another page that states it.
      expect([want?.date, ...(want?.date === null ? [want.storyDate] : [])], article.title).toContain(
        article.publishedAt,
      )
    }
  }, 60_000)

  it('stops once the pages hold the asked number of articles', async () => {
    const stats = await writeCorpus({ out: path.join(work, 'n'), seed: 2, articles: 250 })
    expect(stats.articles).toBeGreaterThanOrEqual(250)
    expect(stats.articles).toBeLessThan(254)
  })
})

describe('command line', () => {
  it('reads a page count or an article count, an output folder and a seed', () => {
    expect(parseCorpusArgs(['--count', '10', '--out', 'x'])).toEqual({
      kind: 'run',
      plan: { out: 'x', seed: 1, pages: 10 },
    })
    expect(parseCorpusArgs(['--articles', '5', '--out', 'x', '--seed', '9'])).toEqual({
      kind: 'run',
      plan: { out: 'x', seed: 9, articles: 5 },
    })
    expect(parseCorpusArgs(['--count', '10'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCorpusArgs(['--count', '10', '--articles', '3', '--out', 'x'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCorpusArgs(['--count', 'ten', '--out', 'x'])).toMatchObject({ kind: 'usage-error' })
    expect(parseCorpusArgs(['--size', '1'])).toMatchObject({ kind: 'usage-error' })
  })
})
