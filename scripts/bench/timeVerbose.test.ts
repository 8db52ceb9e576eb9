import { describe, expect, it } from 'vitest'
import { parseElapsed, parseTimeVerbose } from './timeVerbose.ts'

const REPORT = `	Command being timed: "node_modules/.bin/tsx src/ingest/cli.ts --in corpus --out data"
	User time (seconds): 150.12
	System time (seconds): 9.80
	Percent of CPU this job got: 171%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:33.27
	Average shared text size (kbytes): 0
	Maximum resident set size (kbytes): 1433600
	Minor (reclaiming a frame) page faults: 512345
	File system outputs: 800000
	Exit status: 0
`

describe('/usr/bin/time -v report', () => {
  it('gives wall seconds, peak RSS and the exit status', () => {
    expect(parseTimeVerbose(REPORT)).toEqual({ wallSeconds: 93.27, maxRssKB: 1_433_600, exitStatus: 0 })
  })

  it('reads elapsed times with and without hours', () => {
    expect(parseElapsed('1:02:03.5')).toBeCloseTo(3723.5)
    expect(parseElapsed('0:04.20')).toBeCloseTo(4.2)
  })

  it('fails loudly on a report without the figures rather than reporting zero', () => {
    expect(() => parseTimeVerbose('Command terminated by signal 9\n')).toThrow(/Elapsed/)
  })
})
