import { describe, expect, it } from 'vitest'
import { mergeNewestFirst } from './mergeNewestFirst.ts'
import { summary } from '../testing/articleSummaries.ts'

const ids = (merged: { items: { id: string }[] }) => merged.items.map((item) => item.id)

describe('merging topic lists newest first', () => {
  it('interleaves complete lists by date, newest first, undated last', () => {
    const merged = mergeNewestFirst([
      { items: [summary('a3', '2024-09-03'), summary('a1', '2024-09-01'), summary('a0', null)], exhausted: true },
      { items: [summary('b4', '2024-09-04'), summary('b2', '2024-09-02')], exhausted: true },
    ])
    expect(ids(merged)).toEqual(['b4', 'a3', 'b2', 'a1', 'a0'])
    expect(merged.complete).toBe(true)
  })

  it('shows an article that sits in several selected topics once', () => {
    const shared = summary('both', '2024-09-02')
    const merged = mergeNewestFirst([
      { items: [summary('a', '2024-09-03'), shared], exhausted: true },
      { items: [shared, summary('b', '2024-09-01')], exhausted: true },
    ])
    expect(ids(merged)).toEqual(['a', 'both', 'b'])
  })

  it('keeps each list in its own order when dates tie', () => {
    const merged = mergeNewestFirst([
      { items: [summary('x', '2024-09-01'), summary('y', '2024-09-01')], exhausted: true },
      { items: [summary('z', '2024-09-01')], exhausted: true },
    ])
    expect(ids(merged)).toEqual(['x', 'y', 'z'])
  })

  it('stops where a list with more pages runs out, and asks for that list', () => {
    const merged = mergeNewestFirst([
      { items: [summary('a9', '2024-09-09'), summary('a8', '2024-09-08')], exhausted: false },
      { items: [summary('b7', '2024-09-07'), summary('b1', '2024-09-01')], exhausted: true },
    ])
    // a's next page may hold 2024-09-07 or older — nothing after a8 is certain yet.
    expect(ids(merged)).toEqual(['a9', 'a8'])
    expect(merged.needs).toEqual([0])
    expect(merged.complete).toBe(false)
  })

  it('asks for the first page of every list before showing anything', () => {
    const merged = mergeNewestFirst([
      { items: [], exhausted: false },
      { items: [], exhausted: false },
    ])
    expect(merged).toEqual({ items: [], needs: [0, 1], complete: false })
  })

  it('treats empty lists as complete', () => {
    expect(mergeNewestFirst([{ items: [], exhausted: true }])).toEqual({ items: [], needs: [], complete: true })
  })
})
