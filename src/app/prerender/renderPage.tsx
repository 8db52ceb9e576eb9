/**
 * Build-time rendering of one address to HTML (scripts/prerender.ts runs it in Node after the
 * client build). The same App and routes as the browser, in the Arabic UI with default settings;
 * data comes through the app's own queries, so the markup is what the first client render makes.
 */
import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { createI18n } from '@/lib/i18n.ts'
import { DEFAULT_LANGUAGE } from '@/lib/language.ts'
import { createQueryClient } from '@/lib/queryClient.ts'
import { App } from '../App.tsx'
import { AppRoutes } from '../AppRoutes.tsx'
import type { PrerenderState } from './prerenderState.ts'

export interface RenderedPage {
  /** The markup inside `#root`. */
  body: string
  /** The page's `<title>` element, as React rendered it. */
  title: string
  state: PrerenderState
}

/** Rounds of render → fetch what the render asked for; a page's data is a few queries deep at most. */
const MAX_ROUNDS = 8

/**
 * Renders to static markup with every Suspense boundary inline and complete. Any error while
 * rendering fails the build: a page that half-rendered must not ship. React outlines a boundary
 * bigger than `progressiveChunkSize` (12.8 KB by default: a 30-card feed page is more) into a
 * `<template>` revealed by an inline script, which the page's Content-Security-Policy refuses;
 * the boundary would stay pending and the client would throw the markup away (React error 419)
 * and render it again, shifting the page. So nothing is outlined, and the result is checked.
 */
export async function renderStatic(node: ReactNode): Promise<string> {
  const errors: unknown[] = []
  const { prelude } = await prerenderToNodeStream(node, {
    onError: (error) => void errors.push(error),
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  if (errors.length > 0) throw new Error('prerendering failed', { cause: errors[0] })
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  const unfinished = /<!--\$[?!]-->|<template\b|<script\b/.exec(html)
  if (unfinished !== null)
    throw new Error(
      `prerendering left a boundary for the client to finish (${unfinished[0]}): the page would be rendered twice`,
    )
  return html
}

/** Renders until the queries the page asks for are all in; a query that fails is left to the client. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const client = createQueryClient()
  const render = () =>
    renderStatic(
      <App queryClient={client} i18n={createI18n(DEFAULT_LANGUAGE)}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </App>,
    )
  let html = await render()
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const waiting = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.status === 'pending')
    if (waiting.length === 0) break
    await Promise.all(
      waiting.map((query) => client.prefetchQuery(query.options as Parameters<QueryClient['prefetchQuery']>[0])),
    )
    html = await render()
  }
  const queries = client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success')
    .map((query) => ({ queryKey: query.queryKey, data: query.state.data }))
  // Drops the cache's garbage-collection timers, which would otherwise hold the build open for an hour.
  client.clear()
  const title = /^<title>.*?<\/title>/s.exec(html)?.[0] ?? ''
  return { body: html.slice(title.length), title, state: { path, queries } }
}
