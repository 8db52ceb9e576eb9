/**
 * Golden fixtures, one folder per case (Mozilla Readability style): `fixtures/<case>/source.txt`
 * is a page exactly as scraped (bytes: BOM, CRLF, Windows-1256 and all), `expected.json` holds the
 * expected parse and, per article, the expected topics. Adding a case is adding a folder.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildContract } from '../assemble/buildContract.ts'
import { pageFromBytes } from '../input/readPage.ts'
import { parseTaxonomy } from '../analyse/taxonomy.ts'
import type { Article } from '@/core/schema.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
const taxonomy = parseTaxonomy(JSON.parse(readFileSync(path.join(here, '../../../seeds/topics.json'), 'utf8')))
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('golden fixtures', () => {
  it('has the seed page and at least thirty invented cases', () => {
    expect(cases).toContain('seed-aggregator-page')
    expect(cases.length).toBeGreaterThanOrEqual(31)
  })

  it.each(cases)('%s', (name) => {
    const source = readFileSync(path.join(fixtures, name, 'source.txt'))
    const expected = JSON.parse(readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8')) as {
      page: unknown
      topics?: string[][]
    }
    const page = pageFromBytes(source)
    expect(page).toEqual(expected.page)

    if (expected.topics) {
      const build = buildContract([{ file: 'source.txt', page }], taxonomy, 'fixture')
      const articles = [...build.files]
        .filter(([file]) => file.startsWith('articles/'))
        .map(([, json]) => JSON.parse(json) as Article)
        .sort((a, b) => a.source.index - b.source.index)
      expect(articles.map((a) => a.topics)).toEqual(expected.topics)
    }
  })
})

describe('the seed fixture', () => {
  it('is a byte-for-byte copy of the shipped seed page', () => {
    const seed = readFileSync(path.join(here, '../../../seeds/000_071eff8cf92bc83d.txt'))
    expect(readFileSync(path.join(fixtures, 'seed-aggregator-page', 'source.txt')).equals(seed)).toBe(true)
  })
})
