import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { dataPaths, manifestSchema } from '@/core/schema.ts'
import { docChunkSchema, searchManifestSchema, searchPaths, termShardSchema } from '@/core/searchSchema.ts'
import { SearchSession } from '@/core/search/searchSession.ts'
import { EXIT, runIngest } from '../run/runIngest.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const out = mkdtempSync(path.join(os.tmpdir(), 'sahifa-search-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const IRAQ_TITLE = 'توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة'
const ALGERIA_TITLE = 'قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب'

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(out, file), 'utf8'))
}

/** Reads search files from the ingest's output, validated, as the search worker reads them over HTTP. */
async function load<T>(file: string, schema: z.ZodMiniType<T>): Promise<T> {
  return z.parse(schema, readJson(file))
}

describe('the search data the ingest writes for the seed', async () => {
  const args = ['--in', path.join(root, 'seeds'), '--out', out, '--taxonomy', path.join(root, 'seeds/topics.json')]
  const code = await runIngest(args, {
    stderr: () => {},
    stdout: () => {},
    now: () => new Date('2026-01-01T00:00:00Z'),
  })
  const manifest = manifestSchema.parse(readJson(dataPaths.manifest))
  const search = await load(manifest.search?.index ?? 'missing', searchManifestSchema)
  const session = new SearchSession(search, load)
  const titlesFound = async (query: string) => (await session.search(query, 20)).articles.map((a) => a.title)

  it('is referenced from the manifest, and every shard and summary chunk matches the contract', async () => {
    expect(code).toBe(EXIT.completed)
    expect(manifest.search).toEqual({ index: searchPaths.manifest, documentCount: 2 })
    expect(search.documentCount).toBe(2)
    expect(search.synonyms).toContainEqual(['أفريكوم', 'AFRICOM'])
    for (const shard of search.shards) {
      const file = await load(searchPaths.shard(shard.key), termShardSchema)
      expect(file.terms.length).toBe(shard.terms)
    }
    expect((await load(searchPaths.docChunk(0), docChunkSchema)).summaries).toHaveLength(2)
  })

  it.each([
    'الامريكيه',
    'الأميركية',
    'امیرکیه',
    'العلاقات',
    'علاقة',
    'التحالف',
    '٨٦',
    'السوداني',
    'المسلة',
    'زين',
    'بغداد',
  ])('%s finds the Iraq article', async (query) => expect(await titlesFound(query)).toContain(IRAQ_TITLE))

  it.each(['افريكوم', 'أفريكوم', 'AFRICOM', 'africom', 'شنقريحة', 'الجزائريه', 'الأميركية', 'شنقر'])(
    '%s finds the Algeria article',
    async (query) => expect(await titlesFound(query)).toContain(ALGERIA_TITLE),
  )

  it('needs every word of a query, and counts what it finds exactly', async () => {
    expect(await titlesFound('السوداني شنقريحة')).toEqual([])
    const both = await session.search('الأميركية', 20)
    expect(both).toMatchObject({ total: 2, exact: true, hasMore: false })
  })

  it('finds nothing for a word neither article has, and suggests words that do find something', async () => {
    expect(await titlesFound('زلزال')).toEqual([])
    expect(search.suggestions.length).toBeGreaterThan(0)
    for (const word of search.suggestions) expect((await titlesFound(word)).length).toBeGreaterThan(0)
  })

  it('gives each result what its card shows', async () => {
    const [card] = (await session.search('شنقريحة', 20)).articles
    expect(card).toMatchObject({ title: ALGERIA_TITLE, outlet: 'النهار', topics: ['algeria-africom'] })
    expect(typeof card?.excerpt).toBe('string')
  })
})
