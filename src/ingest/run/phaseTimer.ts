/**
 * Wall time per ingest phase, for `npm run ingest -- --timings` and the benchmarks: where a run
 * spends its time at 10,000 and at 100,000 articles, so a phase that grows faster than the corpus shows.
 * Each phase's CPU time is kept too (the process's, worker threads included): on a shared machine
 * wall time says how busy the other users were, CPU time what the phase itself cost.
 */
export interface PhaseTimer {
  /** Runs `work` and adds its duration to `phase`. */
  time<T>(phase: string, work: () => T): T
  timeAsync<T>(phase: string, work: () => Promise<T>): Promise<T>
  add(phase: string, ms: number, cpuMs?: number): void
  /** Phase → milliseconds (rounded), in the order phases were first timed. */
  result(): Record<string, number>
  /** Phase → CPU milliseconds of the whole process (rounded), same order. */
  cpu(): Record<string, number>
}

/** CPU time the process has used so far (user + system, every thread), in milliseconds. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export function phaseTimer(): PhaseTimer {
  const phases = new Map<string, number>()
  const cpu = new Map<string, number>()
  const add = (phase: string, ms: number, cpuMs = 0) => {
    phases.set(phase, (phases.get(phase) ?? 0) + ms)
    cpu.set(phase, (cpu.get(phase) ?? 0) + cpuMs)
  }
  return {
    add,
    time(phase, work) {
      const started = performance.now()
      const cpuStarted = cpuNow()
      try {
        return work()
      } finally {
        add(phase, performance.now() - started, cpuNow() - cpuStarted)
      }
    },
    async timeAsync(phase, work) {
      const started = performance.now()
      const cpuStarted = cpuNow()
      try {
        return await work()
      } finally {
        add(phase, performance.now() - started, cpuNow() - cpuStarted)
      }
    },
    result: () => Object.fromEntries([...phases].map(([phase, ms]) => [phase, Math.round(ms)])),
    cpu: () => Object.fromEntries([...cpu].map(([phase, ms]) => [phase, Math.round(ms)])),
  }
}

/** A timer that records nothing (tests, and runs without `--timings` still pass one). */
export const NO_TIMER: PhaseTimer = {
  time: (_phase, work) => work(),
  timeAsync: (_phase, work) => work(),
  add: () => {},
  result: () => ({}),
  cpu: () => ({}),
}
