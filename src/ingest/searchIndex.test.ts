import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import { afterAll, describe, expect, it } from 'vitest'
import { dataPaths, manifestSchema, searchIndexFileSchema } from '../core/schema.ts'
import { searchIndexOptions, searchQueryOptions, type SearchDocument } from '../core/search/searchIndexOptions.ts'
import { EXIT, runIngest } from './runIngest.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const out = mkdtempSync(path.join(os.tmpdir(), 'sahifa-search-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const IRAQ_TITLE = 'توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة'
const ALGERIA_TITLE = 'قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب'

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(out, file), 'utf8'))
}

describe('the search index the ingest writes for the seed', async () => {
  const args = ['--in', path.join(root, 'seeds'), '--out', out, '--taxonomy', path.join(root, 'seeds/topics.json')]
  const code = await runIngest(args, { stderr: () => {}, stdout: () => {}, now: () => new Date('2026-01-01T00:00:00Z') })
  const manifest = manifestSchema.parse(readJson(dataPaths.manifest))
  const file = searchIndexFileSchema.parse(readJson(manifest.search?.index ?? 'missing'))
  const index = MiniSearch.loadJS<SearchDocument>(file.index as never, searchIndexOptions(file.synonyms))
  const titlesFound = (query: string) => index.search(query, searchQueryOptions).map((result) => result.title as string)

  it('is referenced from the manifest and matches the contract', () => {
    expect(code).toBe(EXIT.completed)
    expect(manifest.search).toEqual({ index: dataPaths.searchIndex, documentCount: 2 })
    expect(file.documentCount).toBe(2)
    expect(file.synonyms).toContainEqual(['أفريكوم', 'AFRICOM'])
  })

  it.each(['الامريكيه', 'الأميركية', 'امیرکیه', 'العلاقات', 'علاقة', 'التحالف', '٨٦', 'السوداني', 'المسلة', 'زين', 'بغداد'])(
    '%s finds the Iraq article',
    (query) => expect(titlesFound(query)).toContain(IRAQ_TITLE),
  )

  it.each(['افريكوم', 'أفريكوم', 'AFRICOM', 'شنقريحة', 'الجزائريه', 'الأميركية'])('%s finds the Algeria article', (query) =>
    expect(titlesFound(query)).toContain(ALGERIA_TITLE),
  )

  it('finds nothing for a word neither article has, and suggests words that do find something', () => {
    expect(titlesFound('زلزال')).toEqual([])
    expect(file.suggestions.length).toBeGreaterThan(0)
    for (const word of file.suggestions) expect(titlesFound(word).length).toBeGreaterThan(0)
  })

  it('stores what a result card shows', () => {
    const [result] = index.search('شنقريحة', searchQueryOptions)
    expect(result).toMatchObject({ title: ALGERIA_TITLE, outlet: 'النهار', topics: ['algeria-africom'] })
    expect(typeof result?.['excerpt']).toBe('string')
  })
})
