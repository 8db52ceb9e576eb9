import { afterEach, describe, expect, it, vi } from 'vitest'
import { selectionOf } from '@/lib/feed/selection.ts'
import { createQueryClient } from '@/lib/queryClient.ts'
import { summary } from '@/lib/testing/articleSummaries.ts'
import { serveFeedLists } from '@/lib/testing/fakeDataFolder.ts'
import { neighboursQueryOptions } from './neighboursQuery.ts'

afterEach(() => vi.unstubAllGlobals())

const a = [
  summary('a6', '2024-09-06'),
  summary('a4', '2024-09-04'),
  summary('a2', '2024-09-02'),
  summary('a1', '2024-09-01'),
]
const b = [summary('b5', '2024-09-05'), summary('b3', '2024-09-03')]

describe('previous/next across pages and merged topic lists', () => {
  it('loads the next page when the article is the last one loaded', async () => {
    serveFeedLists({ a })
    const neighbours = await createQueryClient().fetchQuery(neighboursQueryOptions(selectionOf(['a']), a[1]!))
    expect(neighbours?.previous?.id).toBe('a6')
    expect(neighbours?.next?.id).toBe('a2')
  })

  it('walks the union of the lists the reader filtered by', async () => {
    serveFeedLists({ a, b })
    const neighbours = await createQueryClient().fetchQuery(neighboursQueryOptions(selectionOf(['b', 'a']), b[1]!))
    expect(neighbours?.previous?.id).toBe('a4')
    expect(neighbours?.next?.id).toBe('a2')
  })

  it('gives up once the list has passed the article date without meeting it', async () => {
    const fetchMock = serveFeedLists({ a })
    const neighbours = await createQueryClient().fetchQuery(
      neighboursQueryOptions(selectionOf(['a']), summary('elsewhere', '2024-09-05')),
    )
    expect(neighbours).toBeNull()
    expect(fetchMock.mock.calls.filter(([url]) => url.includes('/feed/'))).toHaveLength(1)
  })
})
