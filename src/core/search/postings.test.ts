import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodePostings, encodePostings } from './postings.ts'

describe('postings as written in a shard', () => {
  it('store gaps between ascending documents, interleaved with scores', () => {
    expect(encodePostings({ docs: [0, 3, 4, 10], scores: [5, 1, 7, 2] })).toEqual([1, 5, 3, 1, 1, 7, 6, 2])
  })

  it('read back exactly what was written', () => {
    const postings = fc
      .uniqueArray(fc.nat(200_000), { maxLength: 200 })
      .chain((docs) =>
        fc.tuple(
          fc.constant(docs.sort((a, b) => a - b)),
          fc.array(fc.nat(5000), { minLength: docs.length, maxLength: docs.length }),
        ),
      )
    fc.assert(
      fc.property(postings, ([docs, scores]) => {
        expect(decodePostings(encodePostings({ docs, scores }))).toEqual({ docs, scores })
      }),
    )
  })
})
