/**
 * The shape of bench/results.json, and how a measured value is judged against its goal.
 * Pure: the markdown generator and the tests read the same types the bench writes.
 */
export const SECTIONS = [
  'corpus',
  'ingest',
  'related',
  'data',
  'bundle',
  'interactions',
  'search',
  'network',
  'heap',
  'lighthouse',
] as const
export type SectionId = (typeof SECTIONS)[number]

/** `shift`: a layout-shift score (CLS), unitless with three decimals; `percent`: a share, 0–100. */
export type Unit = 'ms' | 's' | 'MB' | 'KB' | 'score' | 'ratio' | 'count' | 'shift' | 'percent'

/** A goal from issue 5: the value must be at most (`<=`) or at least (`>=`) the target. */
export interface Goal {
  readonly op: '<=' | '>='
  readonly target: number
}

/** pass/fail against a goal; `info` when the figure has no goal; `error` when it could not be measured. */
export type Verdict = 'pass' | 'fail' | 'info' | 'error'

export interface Baseline {
  /** What was measured, e.g. "naive stack". */
  readonly label: string
  readonly value: number
}

export interface FigureInput {
  /** Stable key, e.g. `ingest.wall` (with `corpus` it identifies the figure across runs). */
  readonly id: string
  readonly label: string
  /** Which data the figure was measured on: an article count, `seed`, or `—` when none applies. */
  readonly corpus: string
  readonly value: number | null
  readonly unit: Unit
  readonly goal?: Goal
  readonly baseline?: Baseline
  readonly note?: string
  /** A baseline's own figure: judged against the goal for comparison, not counted as the app's. */
  readonly reference?: boolean
  /** When the value is the median of several runs: their lowest and highest. */
  readonly spread?: { readonly min: number; readonly max: number; readonly runs: number }
}

/** A measured figure with its verdict against the goal. */
export interface Figure extends FigureInput {
  readonly verdict: Verdict
}

/**
 * Where and when a section ran. `--only` keeps the other sections' results, so one results.json
 * mixes sections from different runs: each carries its own commit and how busy the machine was.
 */
export interface SectionRun {
  readonly commit: string
  /** Source changes not committed when it ran (the bench's own output files aside). */
  readonly dirty: boolean
  /** 1-minute load average at the section's start and end: how much else the shared machine ran. */
  readonly loadAverage: { readonly start: number; readonly end: number }
}

export interface SectionResult {
  readonly measuredAt: string
  readonly durationSeconds: number
  /** Absent in results recorded before sections carried it. */
  readonly run?: SectionRun
  readonly figures: readonly Figure[]
  /** What the reader of the numbers should know: method, noise, anything skipped. */
  readonly notes: readonly string[]
  /** Set when the section stopped early; its figures are those measured before. */
  readonly error?: string
}

export interface Machine {
  readonly cpuModel: string
  readonly cores: number
  readonly memoryGB: number
  readonly os: string
  readonly node: string
  readonly chromium: string
  readonly lighthouse: string
  /** 1-minute load average when the run started: a hint of how busy the shared machine was. */
  readonly loadAverage: number
}

export interface BenchResults {
  readonly schemaVersion: 1
  readonly generatedAt: string
  readonly mode: 'full' | 'quick' | 'custom'
  readonly sizes: readonly number[]
  readonly machine: Machine
  readonly git: { readonly commit: string; readonly branch: string; readonly dirty: boolean }
  readonly sections: Partial<Record<SectionId, SectionResult>>
}

export function judge(value: number | null, goal: Goal | undefined): Verdict {
  if (value === null || !Number.isFinite(value)) return 'error'
  if (goal === undefined) return 'info'
  return (goal.op === '<=' ? value <= goal.target : value >= goal.target) ? 'pass' : 'fail'
}

/** A figure with its verdict worked out, so no caller can write pass next to a failing value. */
export function figure(input: FigureInput): Figure {
  return { ...input, verdict: judge(input.value, input.goal) }
}

export const atMost = (target: number): Goal => ({ op: '<=', target })
export const atLeast = (target: number): Goal => ({ op: '>=', target })

/** How a corpus size is written in results and tables: `100,000`; size 0 is the seeds/ corpus. */
export function corpusLabel(size: number): string {
  return size === 0 ? 'seed' : size.toLocaleString('en-US')
}
