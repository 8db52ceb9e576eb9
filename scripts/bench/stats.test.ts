import { describe, expect, it } from 'vitest'
import { median, percentile, summarise } from './stats.ts'

describe('trial statistics', () => {
  it('takes the middle trial of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('reports the nearest-rank 95th percentile: the 29th of 30 trials', () => {
    const trials = Array.from({ length: 30 }, (_, i) => 30 - i) // 30 … 1, unsorted on purpose
    expect(percentile(trials, 95)).toBe(29)
    expect(percentile(trials, 100)).toBe(30)
    expect(percentile([7], 95)).toBe(7)
  })

  it('lets one slow trial move the p95 and the max but not the median', () => {
    const steady = [10, 11, 12, 10, 11, 12, 10, 11, 12, 10, 11, 12, 10, 11, 12, 10, 11, 12, 10, 400]
    const summary = summarise(steady)
    expect(summary.median).toBe(11)
    expect(summary.max).toBe(400)
    expect(summary.p95).toBe(12)
    expect(summary.count).toBe(20)
    expect(summary.mean).toBeCloseTo(30.4, 5)
  })

  it('refuses empty or non-finite trials instead of reporting a made-up figure', () => {
    expect(() => median([])).toThrow(/no trials/)
    expect(() => summarise([1, Number.NaN])).toThrow(/finite/)
    expect(() => percentile([1, 2], 0)).toThrow(/outside/)
  })
})
