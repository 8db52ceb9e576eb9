/**
 * `npm run fuzz -- [--runs N] [--seed S]` (or FUZZ_RUNS / FUZZ_SEED): the unit tests' fuzz
 * properties (src/ingest/testing/fuzzProperties.ts), run much longer. N is the cases per property
 * (default: 100× its CI count); the seed is fresh unless given, and printed, so a failure can be
 * replayed. A failure prints the shrunk counterexample, exits 1, and writes it to
 * fuzz-crashes/<seed>-<n>/counterexample.txt; a parser crash then becomes a golden fixture
 * (src/ingest/parse/fixtures/<case>/source.txt + expected.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FUZZ_PROPERTIES } from '@/ingest/testing/fuzzProperties.ts'

function option(name: string, env: string | undefined): number | null {
  const i = process.argv.indexOf(name)
  const text = i >= 0 ? process.argv[i + 1] : env
  if (text === undefined) return null
  if (!/^\d+$/.test(text)) {
    process.stderr.write(
      `fuzz: ${name} needs a whole number, not ${text}\nusage: npm run fuzz -- [--runs N] [--seed S]\n`,
    )
    process.exit(2)
  }
  return Number(text)
}

const runs = option('--runs', process.env.FUZZ_RUNS)
const seed = option('--seed', process.env.FUZZ_SEED) ?? Math.floor(Math.random() * 2 ** 31)
let total = 0
let failures = 0
const started = performance.now()
process.stdout.write(`fuzz: seed ${seed}\n`)
for (const [n, property] of FUZZ_PROPERTIES.entries()) {
  const numRuns = runs ?? property.ciRuns * 100
  const t = performance.now()
  const result = property.check({ numRuns, seed: seed + n })
  total += result.numRuns
  const ms = performance.now() - t
  process.stdout.write(
    `${result.failed ? 'FAIL' : 'ok  '} ${result.numRuns} cases, seed ${result.seed}, ${(ms / 1000).toFixed(1)} s: ${property.name}\n`,
  )
  if (result.failed) {
    failures++
    process.stdout.write(
      `  counterexample: ${result.counterexample}\n  ${result.error?.split('\n').slice(0, 6).join('\n  ')}\n`,
    )
    const dir = path.join('fuzz-crashes', `${result.seed}-${n}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'counterexample.txt'), `${property.name}\n${result.counterexample}\n${result.error}\n`)
    process.stdout.write(`  written to ${dir}/ (replay: npm run fuzz -- --seed ${seed} --runs ${numRuns})\n`)
  }
}
process.stdout.write(
  `fuzz: ${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, ${failures} failing properties (seed ${seed})\n`,
)
process.exitCode = failures > 0 ? 1 : 0
