/**
 * Wall time per ingest phase, for `npm run ingest -- --timings` and the benchmarks: where a run
 * spends its time at 10,000 and at 100,000 articles, so a phase that grows faster than the corpus shows.
 */
export interface PhaseTimer {
  /** Runs `work` and adds its duration to `phase`. */
  time<T>(phase: string, work: () => T): T
  timeAsync<T>(phase: string, work: () => Promise<T>): Promise<T>
  add(phase: string, ms: number): void
  /** Phase → milliseconds (rounded), in the order phases were first timed. */
  result(): Record<string, number>
}

export function phaseTimer(): PhaseTimer {
  const phases = new Map<string, number>()
  const add = (phase: string, ms: number) => phases.set(phase, (phases.get(phase) ?? 0) + ms)
  return {
    add,
    time(phase, work) {
      const started = performance.now()
      try {
        return work()
      } finally {
        add(phase, performance.now() - started)
      }
    },
    async timeAsync(phase, work) {
      const started = performance.now()
      try {
        return await work()
      } finally {
        add(phase, performance.now() - started)
      }
    },
    result: () => Object.fromEntries([...phases].map(([phase, ms]) => [phase, Math.round(ms)])),
  }
}

/** A timer that records nothing (tests, and runs without `--timings` still pass one). */
export const NO_TIMER: PhaseTimer = {
  time: (_phase, work) => work(),
  timeAsync: (_phase, work) => work(),
  add: () => {},
  result: () => ({}),
}
