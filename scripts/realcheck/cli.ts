/**
 * npm run check:real -- [--corpora .corpora] [--half tune|held|both] [--pools A,C,D,E,F,G,H,I,J,K] [--kind seed,webdump,…]
 *   [--pages N] [--seed S] [--show-failures N] [--write DIR] [--record]
 *
 * Wraps real articles in page furniture, runs the ingest's own page parser on each page's bytes
 * and scores what it extracts against what an editor would. `--record` writes the figures (never
 * corpus text) to bench/realcheck.json; `--write DIR` saves the built pages and truths for a look.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pageFromBytes } from '@/ingest/input/readPage.ts'
import type { PageParse } from '@/ingest/parse/parsePage.ts'
import { buildPages, TUNE_POOLS } from './buildPages.ts'
import type { FurniturePool } from './furniture/pool.ts'
import { addScore, emptyTally, figures, printFailure, printTable, type Tally } from './report.ts'
import { scorePage } from './score.ts'
import { loadArticles } from './sources.ts'
import { PAGE_KINDS, type Half, type PageKind } from './truth.ts'

interface Options {
  /** The tune half's furniture pools (default all): one pool alone shows how wordings never tuned on fare. */
  pools: FurniturePool[]
  corpora: string
  halves: Half[]
  kinds: PageKind[]
  pages: number
  seed: number
  showFailures: number
  write: string | null
  record: boolean
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run check:real -- [--corpora DIR] [--half tune|held|both] [--pools A,C,D,E,F,G,H,I,J,K] [--kind ${PAGE_KINDS.join(',')}] [--pages N] [--seed S] [--show-failures N] [--write DIR] [--record]\n`,
  )
  process.exit(2)
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    pools: Object.values(TUNE_POOLS),
    corpora: '.corpora',
    halves: ['tune', 'held'],
    kinds: [...PAGE_KINDS],
    pages: 200,
    seed: 15,
    showFailures: 0,
    write: null,
    record: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--record') {
      options.record = true
      continue
    }
    const value = argv[++i]
    if (value === undefined) usage(`${flag} needs a value`)
    const count = (): number => (/^\d+$/u.test(value) ? Number(value) : usage(`${flag} takes a whole number`))
    if (flag === '--corpora') options.corpora = value
    else if (flag === '--half')
      options.halves =
        value === 'both'
          ? ['tune', 'held']
          : value === 'tune' || value === 'held'
            ? [value]
            : usage('--half is tune, held or both')
    else if (flag === '--kind')
      options.kinds = value
        .split(',')
        .map((k) => ((PAGE_KINDS as readonly string[]).includes(k) ? (k as PageKind) : usage(`unknown kind ${k}`)))
    else if (flag === '--pools')
      options.pools = value.split(',').map((name) => TUNE_POOLS[name] ?? usage(`unknown tune pool ${name}`))
    else if (flag === '--pages') options.pages = count()
    else if (flag === '--seed') options.seed = count()
    else if (flag === '--show-failures') options.showFailures = count()
    else if (flag === '--write') options.write = resolve(value)
    else usage(`unknown option ${flag}`)
  }
  return options
}

/** The ingest's parse of a file's bytes; the file name goes along for when the parser reads it (HTML, records). */
const parseFile = pageFromBytes as (bytes: Uint8Array, fileName?: string) => PageParse

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

function main(): void {
  const options = parseOptions(process.argv.slice(2))
  const started = performance.now()
  const articles = loadArticles(options.corpora, options.seed)
  const log = (line: string): void => void process.stdout.write(`${line}\n`)
  log(
    `articles: ${articles.tune.length} tune, ${articles.held.length} held (loaded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  const tallies: Tally[] = []
  let failuresLeft = options.showFailures
  for (const kind of options.kinds) {
    for (const half of options.halves) {
      const tally = emptyTally(kind, half)
      for (const page of buildPages(kind, half, articles[half], options.pages, options.seed, options.pools)) {
        const parse = parseFile(Buffer.from(page.text, 'utf8'), page.fileName)
        const score = scorePage(page, parse)
        addScore(tally, score)
        if (options.write) {
          const folder = join(options.write, half, kind)
          mkdirSync(folder, { recursive: true })
          writeFileSync(join(folder, page.fileName), page.text)
          writeFileSync(
            join(folder, `${page.fileName}.truth.json`),
            `${JSON.stringify({ variant: page.variant, articles: page.articles, score }, null, 2)}\n`,
          )
        }
        if (!score.fullyRight && failuresLeft > 0) {
          failuresLeft--
          printFailure(page, score, log)
        }
      }
      tallies.push(tally)
    }
  }
  log('')
  printTable(tallies, log)
  if (options.record) {
    const out = resolve('bench/realcheck.json')
    const summary = {
      commit: commit(),
      seed: options.seed,
      pagesPerKindAndHalf: options.pages,
      articles: { tune: articles.tune.length, held: articles.held.length },
      results: tallies.map(figures),
    }
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`)
    log(`\nfigures written to ${out}`)
  }
}

main()
