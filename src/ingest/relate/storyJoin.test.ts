import { describe, expect, it } from 'vitest'
import type { Candidate } from './candidates.ts'
import { DEFAULT_TUNING } from './settings.ts'
import { joinStories } from './storyJoin.ts'

/** Candidate lists from symmetric cosines, best first. */
function scoredFrom(n: number, cosines: ReadonlyArray<[number, number, number]>): Candidate[][] {
  const lists: Candidate[][] = Array.from({ length: n }, () => [])
  for (const [i, j, score] of cosines) {
    lists[i]?.push({ j, score })
    lists[j]?.push({ j: i, score })
  }
  return lists.map((list) => list.sort((a, b) => b.score - a.score))
}

function groups(n: number, cosines: ReadonlyArray<[number, number, number]>, days: number[], outlets: string[]) {
  const union = joinStories(scoredFrom(n, cosines), days, outlets, [], DEFAULT_TUNING)
  return Array.from({ length: n }, (_, i) => union.find(i))
}

describe('joinStories', () => {
  it('joins two outlets reporting one event the same day', () => {
    expect(groups(2, [[0, 1, 0.35]], [10, 10], ['أ', 'ب'])).toEqual([0, 0])
  })

  it('asks more of reports days apart: a series repeats its words day after day', () => {
    expect(groups(2, [[0, 1, 0.35]], [10, 11], ['أ', 'ب'])).toEqual([0, 1])
    expect(groups(2, [[0, 1, 0.45]], [10, 11], ['أ', 'ب'])).toEqual([0, 0])
  })

  it('asks more of two reports of one outlet, which follows an event up rather than telling it twice', () => {
    expect(groups(2, [[0, 1, 0.45]], [10, 10], ['أ', 'أ'])).toEqual([0, 1])
    expect(groups(2, [[0, 1, 0.55]], [10, 10], ['أ', 'أ'])).toEqual([0, 0])
  })

  it('does not let a chain of loosely similar reports become one story', () => {
    // 0–1 are copies; 2 is close to 1 only: on average it is far from the story.
    const cosines: Array<[number, number, number]> = [
      [0, 1, 0.9],
      [1, 2, 0.4],
    ]
    expect(groups(3, cosines, [10, 10, 10], ['أ', 'ب', 'ج'])).toEqual([0, 0, 2])
    expect(groups(3, [...cosines, [0, 2, 0.3]], [10, 10, 10], ['أ', 'ب', 'ج'])).toEqual([0, 0, 0])
  })

  it('keeps a story within its span of days, however close each next report is', () => {
    const cosines: Array<[number, number, number]> = [
      [0, 1, 0.9],
      [1, 2, 0.9],
      [0, 2, 0.9],
      [2, 3, 0.95],
      [1, 3, 0.9],
      [0, 3, 0.9],
    ]
    const joined = groups(4, cosines, [10, 11, 12, 13], ['أ', 'ب', 'ج', 'د'])
    expect(new Set(joined).size).toBe(2)
  })
})
