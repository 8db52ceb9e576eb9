import { describe, expect, it } from 'vitest'
import { pressed, urlArrived, urlKeyOf } from './useShownFilter.ts'

describe('a chip press shown ahead of its URL', () => {
  it('shows the press until its URL arrives, then the URL again', () => {
    const presses = pressed(null, ['iraq-us'])
    expect(presses.shown).toEqual(['iraq-us'])
    expect(urlArrived(presses, urlKeyOf(['iraq-us'], 1))).toBeNull()
  })

  it('keeps the latest press when the URL of an earlier one arrives first', () => {
    const presses = pressed(pressed(null, ['iraq-us']), [])
    const after = urlArrived(presses, urlKeyOf(['iraq-us'], 1))
    expect(after?.shown).toEqual([])
    expect(urlArrived(after, urlKeyOf([], 1))).toBeNull()
  })

  it('gives way to a URL change of another kind (back, a link, "load more")', () => {
    const presses = pressed(pressed(null, ['iraq-us']), ['iraq-us', 'algeria-africom'])
    expect(urlArrived(presses, urlKeyOf(['algeria-africom'], 1))).toBeNull()
    expect(urlArrived(presses, urlKeyOf(['iraq-us'], 2))).toBeNull()
    expect(urlArrived(null, urlKeyOf([], 1))).toBeNull()
  })
})
