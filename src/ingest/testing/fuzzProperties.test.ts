/**
 * The fuzz properties (fuzzProperties.ts) in CI: each with its `ciRuns` cases from a fixed seed,
 * so a failure reproduces; `npm run fuzz` runs the same properties far longer with a fresh seed.
 * A crash found there becomes a golden fixture (parse/fixtures/<case>/), checked by parse/parsePage.fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { FUZZ_PROPERTIES } from './fuzzProperties.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 20261201)

describe('fuzzing in CI', () => {
  it('runs at least 10,000 cases in all', () => {
    expect(FUZZ_PROPERTIES.reduce((sum, p) => sum + p.ciRuns, 0)).toBeGreaterThanOrEqual(10_000)
  })

  it.each(FUZZ_PROPERTIES.map((p) => [p.name, p] as const))(
    '%s',
    (_, property) => {
      const result = property.check({ numRuns: property.ciRuns, seed: SEED })
      expect(result.numRuns).toBe(property.ciRuns)
      expect(result.failed, `seed ${result.seed}; counterexample ${result.counterexample}\n${result.error}`).toBe(false)
    },
    60_000,
  )
})
