/**
 * `npm run corpus`: writes a deterministic synthetic corpus of aggregator pages (see
 * src/corpus/synthetic) and prints what it holds: pages, distinct articles, expected topics, bytes, time.
 */
import { CORPUS_USAGE, parseCorpusArgs } from '@/corpus/synthetic/corpusArgs.ts'
import { writeCorpus } from '@/corpus/synthetic/writeCorpus.ts'

const args = parseCorpusArgs(process.argv.slice(2))
if (args.kind === 'help') {
  process.stdout.write(`${CORPUS_USAGE}\n`)
} else if (args.kind === 'usage-error') {
  process.stderr.write(`corpus: ${args.message}\n${CORPUS_USAGE}\n`)
  process.exitCode = 2
} else {
  const started = performance.now()
  try {
    const stats = await writeCorpus(args.plan)
    const seconds = (performance.now() - started) / 1000
    const topics = Object.entries(stats.topics)
      .map(([topic, n]) => `${topic} ${n}`)
      .join(', ')
    process.stdout.write(
      `corpus: ${stats.pages} pages holding ${stats.articles} articles (${topics}); ` +
        `${(stats.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s → ${args.plan.out}\n`,
    )
    // One machine-readable line for the benchmarks.
    process.stdout.write(
      `${JSON.stringify({ corpus: { ...stats, seed: args.plan.seed, seconds: Math.round(seconds * 100) / 100 } })}\n`,
    )
  } catch (error) {
    process.stderr.write(`corpus failed: ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}
