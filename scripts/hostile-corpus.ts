/**
 * `npm run corpus:hostile -- --out DIR [--seed N]`: writes the hostile corpus (src/corpus/hostile)
 * to DIR/pages and what the ingest must report to DIR/expected.json. Exit 2 on a usage error.
 */
import path from 'node:path'
import { DEFAULT_SEED, writeHostileCorpus } from '@/corpus/hostile/writeHostileCorpus.ts'

const USAGE = 'usage: npm run corpus:hostile -- --out DIR [--seed N]'

function parse(argv: readonly string[]): { out: string; seed: number } | string {
  let out: string | undefined
  let seed = DEFAULT_SEED
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    if ((flag === '--out' || flag === '--seed') && value !== undefined && !value.startsWith('--')) {
      i++
      if (flag === '--out') out = value
      else if (/^\d+$/.test(value)) seed = Number(value)
      else return `--seed needs a whole number, not ${value}`
    } else return `unexpected argument ${flag ?? ''}`
  }
  return out ? { out, seed } : '--out DIR is required'
}

const args = parse(process.argv.slice(2))
if (typeof args === 'string') {
  process.stderr.write(`corpus:hostile: ${args}\n${USAGE}\n`)
  process.exitCode = 2
} else {
  const expected = writeHostileCorpus(args.out, args.seed)
  const pages = path.join(args.out, expected.pages)
  process.stdout.write(
    `corpus:hostile: ${expected.files.length} report entries expected (seed ${expected.seed}) in ${pages}; expectations in ${path.join(args.out, 'expected.json')}` +
      `${expected.skipped.length > 0 ? `; skipped here: ${expected.skipped.join(', ')}` : ''}\n` +
      `next: npm run ingest -- --in ${pages} --out ${path.join(args.out, 'data')}\n`,
  )
}
