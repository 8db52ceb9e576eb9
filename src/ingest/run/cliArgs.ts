/**
 * `npm run ingest -- [--in DIR|FILE]... [--out DIR] [--taxonomy FILE]`: the command line, parsed
 * without I/O. Unknown flags, missing values and stray arguments are usage errors (exit 2).
 */
export interface IngestOptions {
  readonly inputs: readonly string[]
  readonly out: string
  readonly taxonomy: string
  /** Print one JSON line of per-phase timings (and peak memory) to stderr at the end. */
  readonly timings?: boolean
}

export const DEFAULT_OPTIONS: IngestOptions = { inputs: ['seeds'], out: 'public/data', taxonomy: 'seeds/topics.json' }

export const USAGE = `usage: npm run ingest -- [--in DIR|FILE]... [--out DIR] [--taxonomy FILE]
  --in        folder (read recursively) or file to ingest; repeatable (default: ${DEFAULT_OPTIONS.inputs.join(' ')})
  --out       data folder to replace atomically (default: ${DEFAULT_OPTIONS.out})
  --taxonomy  topic taxonomy JSON, never read as a page (default: ${DEFAULT_OPTIONS.taxonomy})
  --timings   print a JSON line of per-phase timings and peak memory to stderr`

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: IngestOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }

const VALUE_FLAGS = new Set(['--in', '--out', '--taxonomy'])

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const inputs: string[] = []
  let out: string | undefined
  let taxonomy: string | undefined
  let timings = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (arg === '--timings') {
      timings = true
      continue
    }
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    if (!VALUE_FLAGS.has(flag)) {
      return {
        kind: 'usage-error',
        message: arg.startsWith('-') ? `unknown option ${flag}` : `unexpected argument ${arg}`,
      }
    }
    const value = inline ?? argv[++i]
    if (value === undefined || value.length === 0 || (inline === undefined && value.startsWith('--'))) {
      return { kind: 'usage-error', message: `${flag} needs a value` }
    }
    if (flag === '--in') inputs.push(value)
    else if (flag === '--out') out = value
    else taxonomy = value
  }
  return {
    kind: 'run',
    options: {
      inputs: inputs.length > 0 ? inputs : DEFAULT_OPTIONS.inputs,
      out: out ?? DEFAULT_OPTIONS.out,
      taxonomy: taxonomy ?? DEFAULT_OPTIONS.taxonomy,
      ...(timings ? { timings } : {}),
    },
  }
}
