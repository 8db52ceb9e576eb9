import { describe, expect, it } from 'vitest'
import { parseBenchArgs } from './benchArgs.ts'
import { SECTIONS } from './results.ts'

describe('npm run bench arguments', () => {
  it('runs every section at 10,000 and 100,000 pages with 30 trials by default', () => {
    expect(parseBenchArgs([])).toEqual({
      kind: 'run',
      options: { mode: 'full', sizes: [10_000, 100_000], sections: SECTIONS, trials: 30, keep: false },
    })
  })

  it('has a quick mode with small corpora and fewer trials', () => {
    const parsed = parseBenchArgs(['--quick'])
    expect(parsed.kind === 'run' && parsed.options).toMatchObject({ mode: 'quick', sizes: [1_000, 5_000], trials: 10 })
  })

  it('runs one section, or several in the fixed section order', () => {
    const parsed = parseBenchArgs(['--only', 'lighthouse,ingest', '--quick'])
    expect(parsed.kind === 'run' && parsed.options.sections).toEqual(['ingest', 'lighthouse'])
  })

  it('takes custom sizes sorted and de-duplicated, and marks the run custom', () => {
    const parsed = parseBenchArgs(['--sizes', '5000,200,5000', '--trials', '3'])
    expect(parsed.kind === 'run' && parsed.options).toMatchObject({ mode: 'custom', sizes: [200, 5000], trials: 3 })
  })

  it('measures the seed corpus alone with --seed, as size 0', () => {
    const parsed = parseBenchArgs(['--seed', '--only', 'heap'])
    expect(parsed.kind === 'run' && parsed.options).toMatchObject({ mode: 'custom', sizes: [0], sections: ['heap'] })
    expect(parseBenchArgs(['--seed', '--quick'])).toMatchObject({ kind: 'usage-error' })
  })

  it('rejects unknown sections, flags and bad numbers as usage errors', () => {
    expect(parseBenchArgs(['--only', 'speed'])).toMatchObject({
      kind: 'usage-error',
      message: expect.stringMatching(/unknown section speed/),
    })
    expect(parseBenchArgs(['--fast'])).toMatchObject({ kind: 'usage-error' })
    expect(parseBenchArgs(['--sizes', '10k'])).toMatchObject({ kind: 'usage-error' })
    expect(parseBenchArgs(['--trials'])).toMatchObject({ kind: 'usage-error', message: '--trials needs a value' })
    expect(parseBenchArgs(['--help'])).toEqual({ kind: 'help' })
    expect(parseBenchArgs(['--report'])).toEqual({ kind: 'report' })
    expect(parseBenchArgs(['--report', '--quick'])).toMatchObject({ kind: 'usage-error' })
  })
})
