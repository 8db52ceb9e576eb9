import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Article } from '@/core/schema.ts'
import { buildContract } from '../assemble/buildContract.ts'
import { pageFromBytes } from '../input/readPage.ts'
import { parseTaxonomy } from '../analyse/taxonomy.ts'
import { RELATED } from './settings.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const taxonomy = parseTaxonomy(JSON.parse(readFileSync(path.join(here, '../../../seeds/topics.json'), 'utf8')))

describe('related articles on the seed page', () => {
  const page = pageFromBytes(readFileSync(path.join(here, '../../../seeds/000_071eff8cf92bc83d.txt')))
  const build = buildContract([{ file: 'seed.txt', page }], taxonomy, 'test')
  const articles = [...build.files]
    .filter(([f]) => f.startsWith('articles/'))
    .map(([, json]) => JSON.parse(json) as Article)
  const iraq = articles.find((a) => a.topics.includes('iraq-us'))
  const algeria = articles.find((a) => a.topics.includes('algeria-africom'))

  it('links the Algeria article to the Iraq article as similar, with the shared US names as the reason', () => {
    const link = algeria?.related.find((r) => r.id === iraq?.id)
    expect(link).toMatchObject({ kind: 'similar', title: iraq?.title, publishedAt: '2024-09-24' })
    expect(link?.score).toBeGreaterThanOrEqual(RELATED.minScore)
    expect(link?.score).toBeLessThanOrEqual(1)
    expect(link?.reasons?.names).toEqual(expect.arrayContaining(['الولايات المتحدة', 'أمريكي']))
  })

  it('lists the read-also link first and never repeats it as similar', () => {
    expect(iraq?.related).toEqual([{ id: algeria?.id, kind: 'read-also', title: algeria?.title, publishedAt: null }])
  })
})
