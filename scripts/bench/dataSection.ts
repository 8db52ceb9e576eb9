/**
 * What the first screens download from /data/: the feed's first screen (≤ 60 KB gzip whatever
 * the corpus size) and an article page (the article and a bounded summary of its related ones),
 * recorded in Chromium from every response, on the seed build and on each corpus. And the search
 * index the ingest wrote (term shards, summary chunks): what a search may fetch, shard by shard.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { appForCorpus, type AppUnderTest } from './corpusBuild.ts'
import { ARTICLE_LINKS, firstFeedArticlePath, withBrowser, withColdPage } from './browser.ts'
import { isData, loadAndSettle, logResponses, total, type ByteTotal } from './requestLog.ts'
import { atMost, corpusLabel } from './results.ts'
import type { Section, SectionContext } from './section.ts'
import { GZIP_LEVEL, withStaticServer } from './staticServer.ts'
import { APP_DIR, PORTS } from './workspace.ts'

async function dataRequests(browser: Browser, url: string, ready: string): Promise<ByteTotal & { htmlKB: number }> {
  return withColdPage(browser, async (page) => {
    const responses = logResponses(page)
    await loadAndSettle(page, url, ready)
    const document = responses.find((r) => r.contentType.startsWith('text/html'))
    return { ...total(responses.filter(isData)), htmlKB: (document?.transferBytes ?? 0) / 1024 }
  })
}

function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, 6).map((p) => p.replace('/data/', ''))
  return shown.join(', ') + (paths.length > shown.length ? ` … (+${paths.length - shown.length})` : '')
}

async function measure(context: SectionContext, browser: Browser, corpus: string, app: AppUnderTest): Promise<void> {
  await withStaticServer({ ...app, port: PORTS.app }, async (origin) => {
    const feed = await dataRequests(browser, `${origin}/`, ARTICLE_LINKS)
    context.record({
      id: 'data.feed.gzip',
      label: 'Feed first screen: /data/ requests, gzip',
      corpus,
      value: feed.gzipKB,
      unit: 'KB',
      goal: atMost(60),
      note: `${feed.count} requests, ${feed.rawKB.toFixed(1)} KB raw: ${listed(feed.paths)}`,
    })
    // A prerendered first screen carries its data inside the HTML: shown beside the data requests.
    context.record({
      id: 'data.feed.html',
      label: 'Feed first screen: the HTML document, gzip',
      corpus,
      value: feed.htmlKB,
      unit: 'KB',
    })
    const articlePath = await firstFeedArticlePath(browser, origin)
    const article = await dataRequests(browser, `${origin}${articlePath}`, 'main h1')
    context.record({
      id: 'data.article.gzip',
      label: 'Article page (cold): /data/ requests, gzip',
      corpus,
      value: article.gzipKB,
      unit: 'KB',
      note: `${article.count} requests, ${article.rawKB.toFixed(1)} KB raw: ${listed(article.paths)}`,
    })
  })
}

interface FileSizes {
  readonly count: number
  readonly rawKB: number
  readonly gzipKB: number
  readonly largestGzipKB: number
}

/** The JSON files of a folder of the data, raw and gzip -6 as the bench's server sends them. */
function folderSizes(dir: string): FileSizes {
  let files: string[]
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'))
  } catch {
    return { count: 0, rawKB: 0, gzipKB: 0, largestGzipKB: 0 }
  }
  const sizes = files.map((name) => {
    const body = readFileSync(join(dir, name))
    return { raw: body.length, gzip: gzipSync(body, { level: GZIP_LEVEL }).length }
  })
  return {
    count: sizes.length,
    rawKB: sizes.reduce((sum, s) => sum + s.raw, 0) / 1024,
    gzipKB: sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024,
    largestGzipKB: Math.max(0, ...sizes.map((s) => s.gzip)) / 1024,
  }
}

/** The search index on disk: what a query may fetch, file by file (it fetches only the shards its terms fall in). */
function recordSearchIndex(context: SectionContext, corpus: string, app: AppUnderTest): void {
  const data = app.dataDir ?? join(app.appDir, 'data')
  const terms = folderSizes(join(data, 'search', 'terms'))
  const docs = folderSizes(join(data, 'search', 'docs'))
  context.record({
    id: 'data.search.largestShard',
    label: 'Search index: largest term shard, gzip',
    corpus,
    value: terms.largestGzipKB,
    unit: 'KB',
    note: `${terms.count} shards, ${terms.rawKB.toFixed(0)} KB raw, ${terms.gzipKB.toFixed(0)} KB gzip in all`,
  })
  context.record({
    id: 'data.search.docs',
    label: 'Search index: result summaries, largest chunk, gzip',
    corpus,
    value: docs.largestGzipKB,
    unit: 'KB',
    note: `${docs.count} chunks, ${docs.rawKB.toFixed(0)} KB raw, ${docs.gzipKB.toFixed(0)} KB gzip in all`,
  })
}

export const dataSection: Section = async (context) => {
  await withBrowser(async (browser) => {
    await measure(context, browser, 'seed', { appDir: APP_DIR })
    recordSearchIndex(context, 'seed', { appDir: APP_DIR })
    // Size 0 is the seed corpus, measured above from the build itself.
    for (const size of context.options.sizes.filter((s) => s > 0)) {
      const app = await appForCorpus(size, context.log, context.note)
      await measure(context, browser, corpusLabel(size), app)
      recordSearchIndex(context, corpusLabel(size), app)
    }
  })
  context.note(
    "Cold visit (fresh browser context, service worker blocked so every request is the page's own), phone viewport, until the network has been idle for 500 ms plus 500 ms. Sizes as served by the bench's server: gzip level 6 for JSON, JS, CSS, HTML.",
  )
  context.note(
    "Seed: the project's `npm run build`. Each corpus: its ingest output built into the app with the project's Vite config (bench/corpus.vite.config.ts), so prerendered pages and precache match the corpus.",
  )
  context.note(
    "Search index: the JSON files the ingest wrote under data/search/terms (term shards: a query fetches the shards its terms fall in) and data/search/docs (result summaries, fetched by chunk), gzip -6 computed from the files. The ingest builds it on a thread of its own for runs of 2,000 articles or more (while it relates the articles); its `search` phase in the ingest section's timings is the main thread's share: handing the articles over and waiting for the index.",
  )
}
