/** `npm run corpus -- --count N | --articles N --out DIR [--seed S]`, parsed without I/O. */
import type { CorpusPlan } from './writeCorpus.ts'

export const CORPUS_USAGE = `usage: npm run corpus -- (--count PAGES | --articles ARTICLES) --out DIR [--seed S]
  --count     number of pages to write
  --articles  write pages until they hold at least this many distinct articles
  --out       folder to write into (created; must not hold an earlier corpus you want to keep)
  --seed      unsigned 32-bit seed (default 1): the same seed writes the same bytes`

export type CorpusArgs =
  | { readonly kind: 'run'; readonly plan: CorpusPlan }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }

function count(flag: string, value: string | undefined, min: number): number | string {
  if (value === undefined || !/^\d+$/u.test(value)) return `${flag} needs a whole number`
  const n = Number(value)
  return n < min || n > 0xffffffff ? `${flag} must be between ${min} and ${0xffffffff}` : n
}

export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  const values = new Map<string, string | undefined>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (!['--count', '--articles', '--out', '--seed'].includes(arg))
      return { kind: 'usage-error', message: `unknown argument ${arg}` }
    values.set(arg, argv[++i])
  }
  const out = values.get('--out')
  if (!out) return { kind: 'usage-error', message: '--out needs a folder' }
  if (values.has('--count') === values.has('--articles'))
    return { kind: 'usage-error', message: 'give exactly one of --count and --articles' }
  const seed = values.has('--seed') ? count('--seed', values.get('--seed'), 0) : 1
  if (typeof seed === 'string') return { kind: 'usage-error', message: seed }
  const flag = values.has('--count') ? '--count' : '--articles'
  const n = count(flag, values.get(flag), 1)
  if (typeof n === 'string') return { kind: 'usage-error', message: n }
  return { kind: 'run', plan: flag === '--count' ? { out, seed, pages: n } : { out, seed, articles: n } }
}
