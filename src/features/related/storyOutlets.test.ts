import { describe, expect, it } from 'vitest'
import { storyOutlets } from './storyOutlets.ts'

describe('storyOutlets', () => {
  it('lists each outlet once, in the order it first reported, and skips reports without one', () => {
    const member = (id: string, outlet: string | null) => ({ id, title: id, outlet, publishedAt: '2024-01-01' })
    expect(
      storyOutlets({
        id: 'a',
        members: [member('a', 'عكاظ'), member('b', null), member('c', 'سبق'), member('d', 'عكاظ')],
      }),
    ).toEqual(['عكاظ', 'سبق'])
    expect(storyOutlets(null)).toEqual([])
  })
})
