import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keepBest, keepBestSorted } from './searchPostings.ts'

describe('keepBest (a common term keeps its best documents)', () => {
  it('keeps the best scores, ties to the lower document number, in ascending order', () => {
    expect(keepBest([1, 2, 3, 4, 5, 6], [5, 9, 5, 1, 5, 9], 4)).toEqual({ docs: [1, 2, 3, 6], scores: [5, 9, 5, 9] })
    expect(keepBest([1, 2], [3, 4], 5)).toEqual({ docs: [1, 2], scores: [3, 4] })
  })

  it('keeps exactly what sorting every document keeps', () => {
    const postings = fc.uniqueArray(fc.nat(100_000), { maxLength: 300 }).chain((docs) => {
      const sorted = [...docs].sort((a, b) => a - b)
      return fc.tuple(
        fc.constant(sorted),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: sorted.length, maxLength: sorted.length }),
        fc.integer({ min: 1, max: 320 }),
      )
    })
    fc.assert(
      fc.property(postings, ([docs, scores, cap]) => {
        expect(keepBest(docs, scores, cap)).toEqual(keepBestSorted(docs, scores, cap))
      }),
      { numRuns: 2000 },
    )
  })
})
