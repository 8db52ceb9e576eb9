import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../queryClient.ts'
import { summary } from '../testing/articleSummaries.ts'
import { serveFeedLists } from '../testing/fakeDataFolder.ts'
import { loadMergedFeed } from './loadMergedFeed.ts'

const requested = (fetchMock: ReturnType<typeof serveFeedLists>) =>
  fetchMock.mock.calls.map((call) => call[0]).filter((url) => url.includes('/feed/'))

beforeEach(() => {
  serveFeedLists({
    a: [
      summary('a6', '2024-09-06'),
      summary('a5', '2024-09-05'),
      summary('a2', '2024-09-02'),
      summary('a1', '2024-09-01'),
    ],
    b: [summary('b4', '2024-09-04'), summary('b3', '2024-09-03')],
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('loading a merged feed page by page', () => {
  it('first round loads page 1 of each list and shows only the certain prefix', async () => {
    const merged = await loadMergedFeed(createQueryClient(), ['a', 'b'], { maxRounds: 1 })
    expect(merged.items.map((item) => item.id)).toEqual(['a6', 'a5'])
    expect(merged.complete).toBe(false)
    expect(requested(vi.mocked(fetch))).toEqual(['/data/feed/a/1.json', '/data/feed/b/1.json'])
  })

  it('each further round loads the next page of the list that ran out', async () => {
    const merged = await loadMergedFeed(createQueryClient(), ['a', 'b'], { maxRounds: 2 })
    expect(merged.items.map((item) => item.id)).toEqual(['a6', 'a5', 'b4', 'b3', 'a2', 'a1'])
    expect(merged.complete).toBe(true)
  })

  it('stops as soon as the caller has what it needs', async () => {
    const merged = await loadMergedFeed(createQueryClient(), ['a'], { maxRounds: 10, until: (m) => m.items.length > 0 })
    expect(merged.items).toHaveLength(2)
    expect(requested(vi.mocked(fetch))).toEqual(['/data/feed/a/1.json'])
  })

  it('treats a list the manifest does not know as empty', async () => {
    const merged = await loadMergedFeed(createQueryClient(), ['nope'], { maxRounds: 1 })
    expect(merged).toEqual({ items: [], needs: [], complete: true })
  })
})
