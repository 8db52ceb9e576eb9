import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchOrder, SearchIndexBuilder } from './searchIndex.ts'
import { syntheticArticles } from '../testing/syntheticSearchSources.ts'

const OPTIONS = { postingsCap: 40, shardTargetBytes: 6_000, docsPerChunk: 20 }
const articles = syntheticArticles(400, 11)

describe('the search index built one article at a time', () => {
  it('writes the same files as the index built from every article at once', () => {
    const builder = new SearchIndexBuilder([], OPTIONS)
    for (const article of [...articles].sort(searchOrder)) builder.add(article)
    const streamed = builder.finish(['العراق'])
    const whole = buildSearchIndex([...articles].reverse(), [], ['العراق'], OPTIONS)
    expect([...streamed.files]).toEqual([...whole.files])
    expect(streamed.manifestEntry).toEqual(whole.manifestEntry)
  })

  it('refuses an article out of the index order, whose document number would be wrong', () => {
    const [newer, older] = [...articles].sort(searchOrder)
    if (!newer || !older) throw new Error('the synthetic articles are missing')
    const builder = new SearchIndexBuilder([], OPTIONS)
    builder.add(older)
    expect(() => builder.add(newer)).toThrow(/out of order/)
  })
})
