/**
 * Prerendering, run inside `vite build` after the client bundle is written and before the service
 * worker is generated (vite.config.ts, `integration.beforeBuildServiceWorker`), so the precache
 * sees the final HTML. It writes:
 * - the boot script (src/app/boot) as a hashed classic script, loaded first thing in `<head>`;
 * - `index.html`: the feed's first page rendered into `#root`, with the query data it was
 *   rendered from (inert JSON), so content paints before any script runs and the app hydrates it;
 * - `articles/<id>.html` for the newest articles (the first feed page: bounded, whatever
 *   the corpus size), so an article opened from a link or a search engine paints at once too.
 * Every other address still gets `index.html` from the host's SPA fallback; the boot script then
 * hides the feed markup and the app renders the right page.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build, createServer, type Plugin } from 'vite'
import { dataPaths, feedPageSchema } from '../src/core/schema.ts'
import type { RenderedPage } from '../src/app/prerender/renderPage.tsx'
import { serializeState, PRERENDER_STATE_ID } from '../src/app/prerender/prerenderState.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
/** The project's `@/` import alias (vite.config.ts), for the builds below that do not read that file. */
const SOURCE_ALIAS = { alias: [{ find: /^@\//, replacement: `${path.join(ROOT, 'src')}/` }] }

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** The built data folder, answered as `fetch` would answer it, for the app's own queries. */
function serveDataFolder(outDir: string): typeof fetch {
  return async (input) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://prerender.invalid')
    if (!url.pathname.startsWith('/data/') || url.pathname.includes('..')) return new Response('', { status: 404 })
    try {
      return new Response(readFileSync(path.join(outDir, url.pathname)), {
        headers: { 'content-type': 'application/json' },
      })
    } catch {
      return new Response('', { status: 404 })
    }
  }
}

/** Builds the boot script on its own (no React, no zod) and returns its public path. */
async function buildBootScript(outDir: string): Promise<string> {
  const temp = path.join(ROOT, '.cache/boot-build')
  rmSync(temp, { recursive: true, force: true })
  await build({
    configFile: false,
    resolve: SOURCE_ALIAS,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: temp,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: path.join(ROOT, 'src/app/boot/bootDocument.ts'),
        formats: ['iife'],
        name: 'sahifaBoot',
        fileName: () => 'boot.js',
      },
    },
  })
  const code = readFileSync(path.join(temp, 'boot.js'))
  const name = `assets/boot-${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`
  writeFileSync(path.join(outDir, name), code)
  rmSync(temp, { recursive: true, force: true })
  return `/${name}`
}

/**
 * The app's entry script and its module preloads, taken out of the page and handed to the boot
 * script, which starts them once the prerendered page has painted: the text is on screen before
 * ~140 KB of JavaScript is even requested (and before it competes with the page for the network).
 */
function deferAppScripts(template: string): { html: string; entries: string[]; preloads: string[] } {
  const entries: string[] = []
  const preloads: string[] = []
  const html = template
    .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src: string) => {
      entries.push(src)
      return ''
    })
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
      preloads.push(href)
      return ''
    })
  if (entries.length === 0) throw new Error('prerender: no entry script in the built index.html')
  if (/<script type="module"|rel="modulepreload"/.test(html))
    throw new Error('prerender: a module script or preload of index.html was not handed to the boot script')
  return { html, entries, preloads }
}

interface ManifestChunk {
  readonly css?: readonly string[]
  readonly imports?: readonly string[]
}

/**
 * The stylesheets a lazy route brings with it (its chunk's and those of the chunks it imports),
 * from Vite's build manifest: the app loads them with the route, but a prerendered page of that
 * route must link them itself, or it would paint unstyled until the route's script arrives.
 */
function routeStylesheets(outDir: string, routeModule: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  if (manifest[routeModule] === undefined) throw new Error(`prerender: ${routeModule} is not in the build manifest`)
  const styles = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const css of manifest[key]?.css ?? []) styles.add(`/${css}`)
    for (const imported of manifest[key]?.imports ?? []) visit(imported)
  }
  visit(routeModule)
  return [...styles]
}

function withStylesheets(html: string, hrefs: readonly string[]): string {
  const links = hrefs
    .map((href) => `<link rel="stylesheet" crossorigin href="${escapeAttribute(href)}">`)
    .join('\n    ')
  return links === '' ? html : html.replace(/(<link rel="stylesheet"[^>]*>)/, (first) => `${first}\n    ${links}`)
}

function pageHtml(built: string, page: RenderedPage, bootScript: string, description: string | null): string {
  const { html: template, entries, preloads } = deferAppScripts(built)
  const boot =
    `<script src="${bootScript}" data-prerendered-for="${escapeAttribute(page.state.path)}" ` +
    `data-entry="${escapeAttribute(entries.join(' '))}" data-preload="${escapeAttribute(preloads.join(' '))}"></script>`
  // Function replacements throughout: article text may hold `$&` and the like.
  let html = template.replace(/<title>.*?<\/title>/s, (original) => (page.title === '' ? original : page.title))
  // Right after the stylesheet (found early by the preload scanner; the script waits for it anyway),
  // before <body>: it sets theme and direction before anything paints.
  html = html.replace(/<link rel="stylesheet"[^>]*>/, (link) => `${link}\n    ${boot}`)
  if (description !== null) {
    html = html.replace(
      /(<meta name="description" content=")[^"]*"/,
      (_, start: string) => `${start}${escapeAttribute(description)}"`,
    )
  }
  const state = `<script type="application/json" id="${PRERENDER_STATE_ID}">${serializeState(page.state)}</script>`
  return html.replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>\n    ${state}`)
}

function articleExcerpt(page: RenderedPage): string | null {
  for (const { queryKey, data } of page.state.queries) {
    if (
      queryKey[0] === 'articles' &&
      queryKey[1] === 'detail' &&
      typeof data === 'object' &&
      data !== null &&
      'excerpt' in data
    ) {
      const excerpt = String(data.excerpt)
      return excerpt === '' ? null : excerpt
    }
  }
  return null
}

const PWA_REGISTER = 'virtual:pwa-register/react'

/**
 * At build time there is no service worker to register: the hook's first state (no update
 * waiting), which is also what the browser's first render sees. (Loading vite-plugin-pwa itself
 * here would leave its file watchers holding the build open.)
 */
function pwaRegisterAtBuildTime(): Plugin {
  return {
    name: 'sahifa-prerender-pwa-register',
    resolveId: (id) => (id === PWA_REGISTER ? `\0${PWA_REGISTER}` : undefined),
    load: (id) =>
      id === `\0${PWA_REGISTER}`
        ? `import { useState } from 'react'
export function useRegisterSW() {
  return { needRefresh: useState(false), offlineReady: useState(false), updateServiceWorker: async () => {} }
}`
        : undefined,
  }
}

export async function prerender(outDir: string): Promise<void> {
  const started = performance.now()
  const bootScript = await buildBootScript(outDir)
  const server = await createServer({
    configFile: false,
    resolve: SOURCE_ALIAS,
    plugins: [react(), pwaRegisterAtBuildTime()],
    root: ROOT,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  })
  const realFetch = globalThis.fetch
  globalThis.fetch = serveDataFolder(outDir)
  try {
    const { renderPage } = (await server.ssrLoadModule(
      '/src/app/prerender/renderPage.tsx',
    )) as typeof import('../src/app/prerender/renderPage.tsx')
    const template = readFileSync(path.join(outDir, 'index.html'), 'utf8')
    const articleTemplate = withStylesheets(template, routeStylesheets(outDir, 'src/app/routes/ArticleRoute.tsx'))
    const home = await renderPage('/')
    writeFileSync(path.join(outDir, 'index.html'), pageHtml(template, home, bootScript, null))

    const firstPage = feedPageSchema.safeParse(
      JSON.parse(readFileSync(path.join(outDir, 'data', dataPaths.feedPage(dataPaths.allList, 1)), 'utf8')),
    )
    const newest = firstPage.success ? firstPage.data.items.map((item) => item.id) : []
    rmSync(path.join(outDir, 'articles'), { recursive: true, force: true })
    mkdirSync(path.join(outDir, 'articles'))
    for (const id of newest) {
      const page = await renderPage(`/articles/${id}`)
      // `/articles/<id>` is answered with `articles/<id>.html` by vite preview and by hosts that try `$uri.html`.
      writeFileSync(
        path.join(outDir, 'articles', `${id}.html`),
        pageHtml(articleTemplate, page, bootScript, articleExcerpt(page)),
      )
    }
    console.log(`prerendered / and ${newest.length} articles in ${Math.round(performance.now() - started)} ms`)
  } finally {
    globalThis.fetch = realFetch
    await server.close()
  }
}
