import { describe, expect, it } from 'vitest'
import { feedSelection } from '@/lib/feed/selection.ts'
import { knownTopics, reachableSelections, toggleTopic } from './topicSelection.ts'

describe('topic filter selection', () => {
  it('adds a topic, and removes it when pressed again', () => {
    expect(toggleTopic([], 'iraq-us')).toEqual(['iraq-us'])
    expect(toggleTopic(['iraq-us'], 'algeria-africom')).toEqual(['iraq-us', 'algeria-africom'])
    expect(toggleTopic(['iraq-us', 'algeria-africom'], 'iraq-us')).toEqual(['algeria-africom'])
  })

  it('ignores unknown and repeated topic ids from the URL', () => {
    const known = [{ id: 'iraq-us' }, { id: 'algeria-africom' }]
    expect(knownTopics(['nope', 'iraq-us', 'iraq-us'], known)).toEqual(['iraq-us'])
  })
})

describe('selections one chip press away', () => {
  const topics = ['a', 'b', 'c']
  const reachable = (selected: string[], ids = topics) =>
    reachableSelections(feedSelection(selected), ids).map((selection) => selection.key)

  it('from "all": each topic on its own', () => {
    expect(reachable([])).toEqual(['a', 'b', 'c'])
  })

  it('from one topic: "all" (also its own chip pressed again) and each pair with it', () => {
    expect(reachable(['b'])).toEqual(['all', 'a b', 'b c'])
  })

  it('from two topics: "all", each one left alone, and all three', () => {
    expect(reachable(['a', 'c'])).toEqual(['all', 'c', 'a b c', 'a'])
  })

  it('never lists the current selection, in whatever order its ids come', () => {
    expect(reachable(['b', 'a'], ['a', 'b'])).toEqual(['all', 'b', 'a'])
  })
})
