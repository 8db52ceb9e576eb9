import { describe, expect, it } from 'vitest'
import { ingestPhases } from './corpora.ts'

describe("the ingest's --timings line", () => {
  it('becomes readable phases with the totals last, counts left out', () => {
    const stderr = [
      'ingest: 1200 files: 1190 ok, 0 rejected, 10 duplicate; 2400 articles; 0 warnings → out',
      '{"timings":{"walk":40,"parse":12500,"related":3100,"write":2260,"totalMs":17960,"peakRssMb":612,"files":1200,"outputFiles":4900,"articles":2400}}',
      '\tCommand being timed: "tsx src/ingest/cli.ts"',
    ].join('\n')
    expect(ingestPhases(stderr)).toEqual([
      'walk 0.0 s',
      'parse 12.5 s',
      'related 3.1 s',
      'write 2.3 s',
      'total 18.0 s',
      'own peak RSS 612 MB',
    ])
  })

  it('gives nothing when the ingest printed no timings or an unreadable line', () => {
    expect(ingestPhases('ingest: 2 files: 2 ok\n')).toEqual([])
    expect(ingestPhases('{"timings": broken\n')).toEqual([])
  })
})
