import { describe, expect, it } from 'vitest'
import { resultsToMarkdown, formatValue, tally } from './markdown.ts'
import { atMost, figure, type BenchResults } from './results.ts'

function results(sections: BenchResults['sections']): BenchResults {
  return {
    schemaVersion: 1,
    generatedAt: '2026-12-01T09:00:00.000Z',
    mode: 'full',
    sizes: [10_000, 100_000],
    machine: {
      cpuModel: 'Test CPU',
      cores: 2,
      memoryGB: 24,
      os: 'Linux 6.1',
      node: 'v20.20.2',
      chromium: 'Chromium 156',
      lighthouse: '12.2.3',
      loadAverage: 1.5,
    },
    git: { commit: '0123456789abcdef', branch: 'bench', dirty: false },
    sections,
  }
}

describe('BENCHMARKS.md from results.json', () => {
  const ingest = {
    measuredAt: '2026-12-01T09:01:00.000Z',
    durationSeconds: 200,
    notes: ['Wall time from /usr/bin/time -v.'],
    figures: [
      figure({
        id: 'ingest.wall',
        label: 'Ingest wall time',
        corpus: '100,000',
        value: 130.4,
        unit: 's',
        goal: atMost(120),
      }),
      figure({
        id: 'ingest.rss',
        label: 'Ingest peak RSS',
        corpus: '100,000',
        value: 900,
        unit: 'MB',
        goal: atMost(2048),
      }),
    ],
  }
  const bundle = {
    measuredAt: '2026-12-01T09:05:00.000Z',
    durationSeconds: 4,
    notes: [],
    figures: [
      figure({
        id: 'bundle.home',
        label: 'Home JS+CSS | gzip',
        corpus: 'seed',
        value: 98.25,
        unit: 'KB',
        goal: atMost(120),
        baseline: { label: 'naive stack', value: 111.7 },
      }),
    ],
  }

  it('writes a row per figure with its goal and a verdict that follows the value', () => {
    const md = resultsToMarkdown(results({ ingest }))
    expect(md).toContain('| Ingest wall time | 100,000 | 130.4 s | ≤ 120.0 s | ❌ fail |')
    expect(md).toContain('| Ingest peak RSS | 100,000 | 900 MB | ≤ 2048 MB | ✅ pass |')
    expect(md).toContain('**1 goals met, 1 missed**')
  })

  it('puts the naive baseline beside the figure and escapes pipes inside cells', () => {
    const md = resultsToMarkdown(results({ bundle }))
    expect(md).toContain('| Home JS+CSS \\| gzip | seed | 98.3 KB | ≤ 120.0 KB | ✅ pass | 111.7 KB (naive stack) |')
  })

  it('lists sections in a fixed order, only those measured, with their notes and the machine', () => {
    const md = resultsToMarkdown(results({ bundle, ingest }))
    expect(md.indexOf('## Ingest at scale')).toBeLessThan(md.indexOf('## Home route'))
    expect(md).not.toContain('## Lighthouse')
    expect(md).toContain('- Wall time from /usr/bin/time -v.')
    expect(md).toContain('| CPU | Test CPU, 2 cores |')
  })

  it('says when a figure could not be measured instead of inventing a value', () => {
    const broken = {
      ...bundle,
      error: 'build failed',
      figures: [figure({ id: 'x', label: 'Home JS', corpus: 'seed', value: null, unit: 'KB', goal: atMost(120) })],
    }
    const md = resultsToMarkdown(results({ bundle: broken }))
    expect(md).toContain('| Home JS | seed | n/a | ≤ 120.0 KB | ⚠️ not measured |')
    expect(md).toContain('**The section stopped early:** build failed')
    expect(tally(results({ bundle: broken })).error).toBe(1)
  })

  it('lists the missed goals first, each with its value and goal', () => {
    const md = resultsToMarkdown(results({ ingest }))
    expect(md.indexOf('- Ingest wall time (100,000): 130.4 s, goal ≤ 120.0 s')).toBeLessThan(
      md.indexOf('## Ingest at scale'),
    )
    expect(md).not.toContain('- Ingest peak RSS (100,000)')
  })

  it("does not count the naive baseline's own misses as the app's", () => {
    const lighthouse = {
      measuredAt: '2026-12-01T09:10:00.000Z',
      durationSeconds: 30,
      notes: [],
      figures: [
        figure({
          id: 'lighthouse.home.lcpMs',
          label: 'Lighthouse /: LCP',
          corpus: 'naive',
          value: 1675,
          unit: 'ms' as const,
          goal: atMost(1200),
          reference: true,
        }),
      ],
    }
    const md = resultsToMarkdown(results({ lighthouse }))
    expect(md).toContain('**0 goals met, 0 missed**')
    expect(md).not.toContain('Missed:')
    expect(md).toContain('1,675 ms ❌')
  })

  it('shows Lighthouse as a matrix: a row per measure, a column per page and corpus', () => {
    const run = (corpus: string, page: string, performance: number, lcp: number) => [
      figure({
        id: `lighthouse.${page}.performance`,
        label: `Lighthouse ${page}: performance`,
        corpus,
        value: performance,
        unit: 'score',
        goal: { op: '>=', target: 98 },
      }),
      figure({
        id: `lighthouse.${page}.lcpMs`,
        label: `Lighthouse ${page}: LCP`,
        corpus,
        value: lcp,
        unit: 'ms',
        goal: atMost(1200),
      }),
    ]
    const lighthouse = {
      measuredAt: '2026-12-01T09:10:00.000Z',
      durationSeconds: 90,
      notes: [],
      figures: [...run('naive', '/', 99, 1675), ...run('seed', '/', 100, 900), ...run('seed', 'article', 97, 1100)],
    }
    const md = resultsToMarkdown(results({ lighthouse }))
    expect(md).toContain('| measure | goal | naive / | seed / | seed article |')
    expect(md).toContain('| performance | ≥ 98 | 99 ✅ | 100 ✅ | 97 ❌ |')
    expect(md).toContain('| LCP | ≤ 1,200 ms | 1,675 ms ❌ | 900 ms ✅ | 1,100 ms ✅ |')
  })

  it('says for each section when, on which commit and under which load it ran', () => {
    const measured = {
      ...ingest,
      run: { commit: 'fedcba9876543210', dirty: true, loadAverage: { start: 1.25, end: 3.5 } },
    }
    const md = resultsToMarkdown(results({ ingest: measured, bundle }))
    expect(md).toContain(
      'Measured 2026-12-01T09:01:00.000Z in 200 s on commit `fedcba9876` with uncommitted changes, load average 1.25 at its start, 3.50 at its end.',
    )
    // A section recorded before sections carried their run says so instead of borrowing the file's.
    expect(md).toContain('Measured 2026-12-01T09:05:00.000Z in 4 s (commit and load not recorded).')
  })

  it('formats each unit for reading', () => {
    expect(formatValue(4.26, 'ms')).toBe('4.3 ms')
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms')
    expect(formatValue(98.6, 'score')).toBe('99')
    expect(formatValue(9.456, 'ratio')).toBe('9.46')
  })
})
