import { describe, expect, it } from 'vitest'
import { chosenTopics, feedSelection, selectionOf } from './selection.ts'

describe('a selection of feed lists', () => {
  it('is each id once, sorted, with one key', () => {
    expect(selectionOf(['b', 'a', 'b'])).toEqual({ lists: ['a', 'b'], key: 'a b' })
  })

  it('is the same object for the same lists in any order', () => {
    expect(selectionOf(['x-1', 'x-2'])).toBe(selectionOf(['x-2', 'x-1', 'x-2']))
    expect(selectionOf(['x-1'])).not.toBe(selectionOf(['x-2']))
  })

  it('on the front page, is the whole feed when no topic is chosen', () => {
    expect(feedSelection([]).lists).toEqual(['all'])
    expect(chosenTopics(feedSelection([]))).toEqual([])
    expect(chosenTopics(feedSelection(['iraq-us', 'algeria-africom']))).toEqual(['algeria-africom', 'iraq-us'])
  })
})
