/**
 * Measures the search index builder at scale: build time, peak heap, shard sizes (raw and gzip).
 * `tsx scripts/search-index-scale.ts [count] [--corpus DIR] [--out DIR]`: on `count` synthetic
 * articles (src/ingest/searchIndex.synthetic.ts), or on the articles of a corpus folder (pages as
 * `npm run corpus` writes them, parsed as the ingest parses them; topics and related are not
 * needed by the index). `--out` writes the files as the ingest would under its data folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { readingMinutes } from '@/core/arabic/readingTime.ts'
import { assembleCorpus, type PageInput } from '@/ingest/corpus.ts'
import { excerpt } from '@/ingest/excerpt.ts'
import { readPage } from '@/ingest/readPage.ts'
import { buildSearchIndex, type SearchSource } from '@/ingest/searchIndex.ts'
import { syntheticArticles } from '@/ingest/searchIndex.synthetic.ts'
import { walkInputs } from '@/ingest/walkInputs.ts'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}

async function corpusArticles(dir: string): Promise<SearchSource[]> {
  const pages: PageInput[] = []
  for (const file of await walkInputs([dir], [])) pages.push({ file: file.name, page: await readPage(file.path) })
  return assembleCorpus(pages).articles.map(({ id, article: a }) => ({
    id,
    title: a.title,
    publishedAt: a.publishedAt,
    outlet: a.outlet,
    excerpt: excerpt(a.body),
    topics: [],
    readingMinutes: readingMinutes(a.body),
    body: a.body,
    keywords: a.keywords,
    dateline: a.dateline,
    author: a.author,
  }))
}

async function sources(): Promise<SearchSource[]> {
  const corpus = option('--corpus')
  const saved = option('--sources')
  if (saved && existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8')) as SearchSource[]
  const articles = corpus ? await corpusArticles(corpus) : syntheticArticles(Number(process.argv[2] ?? 100_000))
  // Parsing a 100,000-page corpus takes minutes on a busy machine: keep what it gave for the next run.
  if (saved) writeFileSync(saved, JSON.stringify(articles))
  return articles
}

const out = option('--out')
const articles = await sources()
const count = articles.length
globalThis.gc?.()
const heapBefore = process.memoryUsage().heapUsed
const cpuBefore = process.cpuUsage()
const started = performance.now()
const build = buildSearchIndex(articles, [['أفريكوم', 'AFRICOM']], [])
const seconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuBefore)
const heapAfter = process.memoryUsage().heapUsed

const sizes = { shards: [] as Array<[string, number, number]>, docs: { raw: 0, gz: 0 }, manifest: { raw: 0, gz: 0 } }
for (const [file, content] of build.files) {
  const raw = Buffer.byteLength(content)
  const gz = gzipSync(content).length
  if (file.startsWith('search/terms/')) sizes.shards.push([file, raw, gz])
  else if (file.startsWith('search/docs/')) ((sizes.docs.raw += raw), (sizes.docs.gz += gz))
  else sizes.manifest = { raw, gz }
  if (out) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    writeFileSync(path.join(out, file), content)
  }
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const sum = (i: 1 | 2) => sizes.shards.reduce((s, x) => s + x[i], 0)
const largest = [...sizes.shards].sort((a, b) => b[2] - a[2])[0]
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
console.log(
  `${count} articles: built in ${seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; ` +
    `heap ${mb(heapBefore)} before, ${mb(heapAfter)} after (output held); peak RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`,
)
console.log(
  `shards: ${sizes.shards.length}, ${kb(sum(1))} raw, ${kb(sum(2))} gzip; largest ${largest?.[0]} ${kb(largest?.[1] ?? 0)} raw, ${kb(largest?.[2] ?? 0)} gzip`,
)
console.log(
  `summaries: ${kb(sizes.docs.raw)} raw, ${kb(sizes.docs.gz)} gzip; manifest ${kb(sizes.manifest.raw)} raw, ${kb(sizes.manifest.gz)} gzip`,
)
