/**
 * One prerender worker thread (docs/boot.md §2): renders its share of the site's addresses (every
 * `share`-th of the list, so each thread gets as many articles as the next) and writes their pages.
 * Built for Node by prerenderPlugin.ts, with the app's aliases, and started once per core.
 *
 * The thread exists only to render: its `fetch` is the built data folder, which is what the app's
 * queries would read from the host, so they run unchanged (their own queryFn, validation included).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { paths } from '@/config/paths.ts'
import { manifestSchema } from '@/core/schema.ts'
import { fillTemplate, type PageTemplate } from './pageTemplate.ts'
import { prerenderedFile } from './prerenderedPages.ts'
import { renderPage } from './renderPage.tsx'

export interface RenderWorkerInput {
  readonly outDir: string
  /** The template for the feed's pages, and the one for routes with their own stylesheets. */
  readonly templates: { readonly feed: PageTemplate; readonly article: PageTemplate; readonly topic: PageTemplate }
  readonly share: number
  readonly shares: number
}

export interface RenderWorkerResult {
  readonly pages: number
  readonly bytes: number
}

const DATA_PREFIX = '/data/'

/** Files every page reads (the manifest, first feed pages), kept; an article's own file is read once. */
const shared = new Map<string, Buffer>()

function dataFolderFetch(dataDir: string): typeof fetch {
  return async (input) => {
    const pathname = new URL(String(input instanceof Request ? input.url : input), 'http://prerender.invalid').pathname
    if (!pathname.startsWith(DATA_PREFIX) || pathname.includes('..')) return new Response('', { status: 404 })
    const relative = pathname.slice(DATA_PREFIX.length)
    try {
      let body = shared.get(relative)
      if (body === undefined) {
        body = readFileSync(path.join(dataDir, relative))
        if (!relative.startsWith('articles/')) shared.set(relative, body)
      }
      return new Response(new Uint8Array(body), { headers: { 'content-type': 'application/json' } })
    } catch {
      return new Response('', { status: 404 })
    }
  }
}

/** The feed, every topic page and one-topic filter, every article (in the data folder's order). */
export function siteAddresses(dataDir: string): string[] {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')))
  const topics = manifest.topics.map((topic) => topic.id)
  const articles = readdirSync(path.join(dataDir, 'articles'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
  return [
    paths.home.getHref(),
    ...topics.map((topic) => paths.topic.getHref(topic)),
    ...topics.map((topic) => paths.home.getHref([topic])),
    ...articles.map((id) => paths.article.getHref(id)),
  ]
}

async function run({ outDir, templates, share, shares }: RenderWorkerInput): Promise<RenderWorkerResult> {
  const dataDir = path.join(outDir, 'data')
  globalThis.fetch = dataFolderFetch(dataDir)
  const addresses = siteAddresses(dataDir)
  const folders = new Set<string>()
  let pages = 0
  let bytes = 0
  for (let index = share; index < addresses.length; index += shares) {
    const address = addresses[index] as string
    const content = await renderPage(address)
    const template = address.startsWith('/articles/')
      ? templates.article
      : address.startsWith('/topics/')
        ? templates.topic
        : templates.feed
    const html = fillTemplate(template, content)
    const file = path.join(outDir, prerenderedFile(address))
    const folder = path.dirname(file)
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true })
    folders.add(folder)
    writeFileSync(file, html)
    pages += 1
    bytes += Buffer.byteLength(html)
  }
  return { pages, bytes }
}

if (parentPort !== null) {
  const port = parentPort
  run(workerData as RenderWorkerInput).then(
    (result) => port.postMessage({ result }),
    (error: unknown) =>
      port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  )
}
