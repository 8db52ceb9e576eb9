/**
 * Reads the report of GNU `/usr/bin/time -v`: wall time and peak resident memory of the measured
 * command. The peak is the kernel's high-water mark of the process (all its worker threads share
 * it), so it cannot miss a short spike the way sampling would.
 */
export interface TimeReport {
  readonly wallSeconds: number
  readonly maxRssKB: number
  readonly exitStatus: number
}

/** `1:02:03.45`, `2:03.45` or `3.45` → seconds. */
export function parseElapsed(text: string): number {
  const parts = text.trim().split(':').map(Number)
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !Number.isFinite(p)))
    throw new Error(`unreadable elapsed time ${text}`)
  // Rounded to the report's own precision (hundredths) so 1:33.27 is 93.27, not 93.27000000000001.
  return Math.round(parts.reduce((total, part) => total * 60 + part, 0) * 1000) / 1000
}

export function parseTimeVerbose(report: string): TimeReport {
  const field = (label: string): string => {
    const line = report.split('\n').find((l) => l.trim().startsWith(label))
    if (line === undefined) throw new Error(`/usr/bin/time -v report has no "${label}" line`)
    return line.slice(line.lastIndexOf(': ') + 2).trim()
  }
  return {
    wallSeconds: parseElapsed(field('Elapsed (wall clock) time')),
    maxRssKB: Number(field('Maximum resident set size (kbytes)')),
    exitStatus: Number(field('Exit status')),
  }
}
