/**
 * `npm run bench -- [--quick] [--only SECTION,...] [--sizes N,N] [--trials N] [--keep]`, parsed
 * without I/O. The full run measures corpora of 10,000 and 100,000 articles with 30 trials per
 * latency; --quick measures 1,000 and 5,000 with 10 trials, to debug the harness in minutes.
 */
import { SECTIONS, type SectionId } from './results.ts'

export interface BenchOptions {
  readonly mode: 'full' | 'quick' | 'custom'
  /** Corpus sizes (distinct articles), ascending; 0 is the seeds/ corpus. The largest is where "at 100k" goals are read. */
  readonly sizes: readonly number[]
  readonly sections: readonly SectionId[]
  readonly trials: number
  /** Keep generated corpora and data folders in .cache/bench for a later --only run. */
  readonly keep: boolean
}

export const FULL = { sizes: [10_000, 100_000], trials: 30 } as const
export const QUICK = { sizes: [1_000, 5_000], trials: 10 } as const

export const BENCH_USAGE = `usage: npm run bench -- [--quick | --seed] [--only SECTION,...] [--sizes N,N] [--trials N] [--keep] | --report
  --quick   corpora of ${QUICK.sizes.join(' and ')} articles, ${QUICK.trials} trials (default: ${FULL.sizes.join(' and ')}, ${FULL.trials} trials)
  --seed    measure the seeds/ corpus only (size 0; no corpus generation), ${QUICK.trials} trials
  --only    run these sections only (results of the others in bench/results.json are kept): ${SECTIONS.join(', ')}
  --sizes   corpus sizes in articles, comma-separated
  --trials  trials per latency figure
  --keep    keep corpora and data folders in .cache/bench for the next run
  --report  only rewrite BENCHMARKS.md from bench/results.json`

export type ParsedBenchArgs =
  | { readonly kind: 'run'; readonly options: BenchOptions }
  | { readonly kind: 'help' }
  /** Rewrite BENCHMARKS.md from bench/results.json, measuring nothing. */
  | { readonly kind: 'report' }
  | { readonly kind: 'usage-error'; readonly message: string }

function positiveInts(text: string): number[] | null {
  const values = text.split(',').map((part) => Number(part.trim()))
  return values.every((v) => Number.isInteger(v) && v > 0) ? values : null
}

export function parseBenchArgs(argv: readonly string[]): ParsedBenchArgs {
  let quick = false
  let seed = false
  let keep = false
  let sizes: number[] | undefined
  let sections: SectionId[] | undefined
  let trials: number | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (arg === '--report')
      return argv.length === 1 ? { kind: 'report' } : { kind: 'usage-error', message: '--report takes no other option' }
    if (arg === '--quick') quick = true
    else if (arg === '--seed') seed = true
    else if (arg === '--keep') keep = true
    else if (arg === '--only' || arg === '--sizes' || arg === '--trials') {
      const value = argv[++i]
      if (value === undefined || value.startsWith('--')) return { kind: 'usage-error', message: `${arg} needs a value` }
      if (arg === '--only') {
        const names = value.split(',').map((name) => name.trim())
        const unknown = names.find((name) => !(SECTIONS as readonly string[]).includes(name))
        if (unknown !== undefined)
          return { kind: 'usage-error', message: `unknown section ${unknown} (sections: ${SECTIONS.join(', ')})` }
        sections = SECTIONS.filter((s) => names.includes(s))
      } else {
        const numbers = positiveInts(value)
        if (numbers === null)
          return { kind: 'usage-error', message: `${arg} needs positive whole numbers, got ${value}` }
        if (arg === '--sizes') sizes = [...new Set(numbers)].sort((a, b) => a - b)
        else if (numbers.length !== 1) return { kind: 'usage-error', message: '--trials takes one number' }
        else trials = numbers[0]
      }
    } else
      return {
        kind: 'usage-error',
        message: arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`,
      }
  }
  if (seed && (quick || sizes !== undefined))
    return { kind: 'usage-error', message: '--seed measures the seed corpus only: it takes no --quick or --sizes' }
  const preset = quick ? QUICK : seed ? { sizes: [0], trials: QUICK.trials } : FULL
  const custom = seed || sizes !== undefined || trials !== undefined
  return {
    kind: 'run',
    options: {
      mode: custom ? 'custom' : quick ? 'quick' : 'full',
      sizes: sizes ?? preset.sizes,
      sections: sections ?? SECTIONS,
      trials: trials ?? preset.trials,
      keep,
    },
  }
}
