import { describe, expect, it } from 'vitest'
import { knownTopics, toggleTopic } from './topicSelection.ts'

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
