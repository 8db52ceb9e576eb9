/**
 * Build-time rendering of one address to HTML (docs/boot.md §2), run in the prerender's worker
 * threads (renderWorker.ts). The same App and routes as the browser, in the Arabic UI with default
 * settings; data comes through the app's own queries (their queryOptions: key and queryFn), so
 * the markup is what the first client render makes from the same cache entries.
 */
import type { FetchQueryOptions, Query, QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { prerenderToNodeStream } from 'react-dom/static'
import { matchPath, StaticRouter } from 'react-router'
import { paths } from '@/config/paths.ts'
import { isArticleId } from '@/core/ids.ts'
import { articleQueryOptions } from '@/features/article/api/articleQuery.ts'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { createI18n } from '@/lib/i18n.ts'
import { DEFAULT_LANGUAGE } from '@/lib/language.ts'
import { createQueryClient } from '@/lib/queryClient.ts'
import { App } from '../App.tsx'
import { AppRoutes } from '../AppRoutes.tsx'
import type { PageContent } from './pageTemplate.ts'

/** Rounds of render → fetch what the render asked for; a page's data is a few queries deep at most. */
const MAX_ROUNDS = 8

/**
 * One i18n instance for every page a thread renders: they are all in the Arabic UI, and making an
 * instance costs more than some pages' whole render. Its strings (the pages' namespace too, once
 * a page has asked for it) stay loaded from one page to the next.
 */
let sharedI18n: ReturnType<typeof createI18n> | null = null
const arabicI18n = () => (sharedI18n ??= createI18n(DEFAULT_LANGUAGE))

/**
 * Renders to static markup with every Suspense boundary inline and complete. Any error while
 * rendering fails the build: a page that half-rendered must not ship. React outlines a boundary
 * bigger than `progressiveChunkSize` (12.8 KB by default: a 30-card feed page is more) into a
 * `<template>` revealed by an inline script, which the page's Content-Security-Policy refuses;
 * the boundary would stay pending and the client would throw the markup away (React error 419)
 * and render it again, shifting the page. So nothing is outlined, and the result is checked.
 */
export async function renderStatic(node: ReactNode): Promise<string> {
  return renderAtOnce(node) ?? renderWaiting(node)
}

/** A boundary left for the client: a fallback (`<!--$!-->`, `<!--$?-->`), an outlined segment, a script. */
const UNFINISHED = /<!--\$[?!]-->|<template\b|<script\b/

/**
 * Once a thread has loaded the route modules and a page's data is in its cache, nothing suspends:
 * renderToString, synchronous, gives the same markup in about half the time (docs/boot.md, "The
 * prerender's cost"). A page it cannot finish (a lazy module not loaded yet: each thread's first
 * pages) comes back null and goes through `prerender`, which waits.
 */
function renderAtOnce(node: ReactNode): string | null {
  const html = renderToString(node)
  return UNFINISHED.test(html) ? null : html
}

async function renderWaiting(node: ReactNode): Promise<string> {
  const errors: unknown[] = []
  const { prelude } = await prerenderToNodeStream(node, {
    onError: (error) => void errors.push(error),
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  if (errors.length > 0) throw new Error('prerendering failed', { cause: errors[0] })
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  const unfinished = UNFINISHED.exec(html)
  if (unfinished !== null)
    throw new Error(
      `prerendering left a boundary for the client to finish (${unfinished[0]}): the page would be rendered twice`,
    )
  return html
}

type AnyQueryOptions = FetchQueryOptions<unknown, Error, unknown, readonly unknown[]>

/** The article a path shows, when it is an article page. */
function articleOf(path: string): string | null {
  const id = matchPath(paths.article.path, new URL(path, 'http://prerender.invalid').pathname)?.params['id']
  return isArticleId(id) ? id : null
}

/**
 * Queries every page of the address's route reads, fetched before the first render so it does not
 * render once just to find them: the header's manifest everywhere, an article page's article. What
 * else the page asks for is found by rendering (renderPage).
 */
function knownQueries(path: string): AnyQueryOptions[] {
  const article = articleOf(path)
  const known: AnyQueryOptions[] = [manifestQueryOptions() as AnyQueryOptions]
  if (article !== null) known.push(articleQueryOptions(article) as AnyQueryOptions)
  return known
}

/**
 * Whether the page's render asked for the query's data: a query used only with `enabled: false`
 * (an article's search highlights without a search, its neighbours without a list) stays out of
 * the page, as it does in the browser.
 */
function enabled(query: Query): boolean {
  const option = (query.options as { enabled?: unknown }).enabled
  return typeof option === 'function' ? option(query) !== false : option !== false
}

/**
 * Renders until the queries the page asks for are all in; a query that fails is left to the client.
 * The page's description is its article's excerpt, read from the article query's cache entry.
 */
export async function renderPage(path: string): Promise<PageContent> {
  const client: QueryClient = createQueryClient()
  const render = () =>
    renderStatic(
      <App queryClient={client} i18n={arabicI18n()}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </App>,
    )
  await Promise.all(knownQueries(path).map((options) => client.prefetchQuery(options)))
  let html = await render()
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const waiting = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status === 'pending' && enabled(query))
    if (waiting.length === 0) break
    await Promise.all(waiting.map((query) => client.prefetchQuery(query.options as AnyQueryOptions)))
    html = await render()
  }
  const queries = client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success')
    .map((query) => ({ queryKey: query.queryKey, data: query.state.data }))
  const article = articleOf(path)
  const excerpt = article === null ? undefined : client.getQueryData(articleQueryOptions(article).queryKey)?.excerpt
  // Drops the cache's garbage-collection timers, which would otherwise hold the build open for an hour.
  client.clear()
  // React renders the page's <title> (DocumentTitle) first; it goes into the document's head.
  const title = /^<title>(.*?)<\/title>/s.exec(html)
  return {
    titleHtml: title?.[1] ?? null,
    description: excerpt === undefined || excerpt === '' ? null : excerpt,
    body: html.slice(title?.[0].length ?? 0),
    state: { path, queries },
  }
}
