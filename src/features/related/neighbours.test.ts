import { describe, expect, it } from 'vitest'
import { summary } from '@/lib/testing/articleSummaries.ts'
import { findNeighbours } from './neighbours.ts'

const list = [summary('newest', '2024-09-03'), summary('middle', '2024-09-02'), summary('oldest', '2024-09-01')]
const ids = (n: ReturnType<typeof findNeighbours>) =>
  n && { previous: n.previous?.id ?? null, next: n.next?.id ?? null }

describe('previous and next within the list the reader came from', () => {
  it('gives both neighbours in the middle of the list', () => {
    expect(ids(findNeighbours(list, 'middle'))).toEqual({ previous: 'newest', next: 'oldest' })
  })

  it('has no previous at the top and no next at the bottom', () => {
    expect(ids(findNeighbours(list, 'newest'))).toEqual({ previous: null, next: 'middle' })
    expect(ids(findNeighbours(list, 'oldest'))).toEqual({ previous: 'middle', next: null })
  })

  it('is null when the article is not in the list', () => {
    expect(findNeighbours(list, 'elsewhere')).toBeNull()
  })
})
