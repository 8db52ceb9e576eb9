/**
 * Summary statistics for timing trials. Pure, so they are unit-tested; the bench reports the
 * median (robust to the odd slow trial on a shared machine) and the 95th percentile (the tail a
 * reader notices), both nearest-rank so every reported value is a trial that actually happened.
 */
export interface TrialSummary {
  readonly count: number
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly max: number
  readonly mean: number
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no trials to summarise')
  if (values.some((v) => !Number.isFinite(v))) throw new Error('a trial is not a finite number')
  return [...values].sort((a, b) => a - b)
}

/** Nearest-rank percentile: the smallest trial with at least p% of trials at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (p <= 0 || p > 100) throw new Error(`percentile ${p} is outside (0, 100]`)
  const ordered = sorted(values)
  const rank = Math.ceil((p / 100) * ordered.length)
  return ordered[Math.max(0, rank - 1)] as number
}

/** The middle trial; for an even count, the mean of the two middle trials. */
export function median(values: readonly number[]): number {
  const ordered = sorted(values)
  const middle = Math.floor(ordered.length / 2)
  const upper = ordered[middle] as number
  return ordered.length % 2 === 1 ? upper : ((ordered[middle - 1] as number) + upper) / 2
}

export function summarise(values: readonly number[]): TrialSummary {
  const ordered = sorted(values)
  return {
    count: ordered.length,
    median: median(ordered),
    p95: percentile(ordered, 95),
    min: ordered[0] as number,
    max: ordered[ordered.length - 1] as number,
    mean: ordered.reduce((sum, v) => sum + v, 0) / ordered.length,
  }
}
