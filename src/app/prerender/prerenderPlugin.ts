/**
 * The prerender, as a Vite plugin (docs/boot.md §2). After the client bundle is written and before
 * the service worker is generated (vite.config.ts runs `prerender` from vite-plugin-pwa's
 * `beforeBuildServiceWorker`, so the precache sees the final index.html), it writes:
 * - the boot script (src/app/boot/bootDocument.ts) as a hashed classic script, first in `<head>`;
 * - a page for every address a reader can land on with content: the feed (`index.html`), every
 *   article (`articles/<id>.html`), every topic page (`topics/<id>.html`) and every one-topic filter
 *   of the feed (`feed-filters/<id>.html`, fetched by the boot script: prerenderedPages.ts). Each is
 *   the app's own render of that address inside `#root`, with the query data it was rendered from
 *   (inert JSON), so content paints before any script runs and the app hydrates it.
 * Rendering runs in worker threads, one per core, from a Node build of renderWorker.ts.
 *
 * Loaded by vite.config.ts at config time: relative imports only (the `@/` alias does not exist
 * yet). The app's code is reached only through the builds below, which apply the config's aliases.
 */
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import react from '@vitejs/plugin-react'
import { parseHTML } from 'linkedom'
import { build, type Alias, type Plugin, type ResolvedConfig } from 'vite'
import { escapeHtml, slotMarker, templateFrom, type PageTemplate } from './pageTemplate.ts'
import { PRERENDER_STATE_ID } from './stateScript.ts'
import type { RenderWorkerInput, RenderWorkerResult } from './renderWorker.ts'

/** Folders of prerendered pages, emptied before each prerender (index.html is overwritten). */
const PAGE_FOLDERS = ['articles', 'topics', 'feed-filters']

/** Builds the boot script on its own (no React, no zod) and returns its public path. */
async function buildBootScript(root: string, alias: Alias[], outDir: string): Promise<string> {
  const temp = path.join(root, '.cache/prerender-boot')
  await build({
    configFile: false,
    resolve: { alias },
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: temp,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: path.join(root, 'src/app/boot/bootDocument.ts'),
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
 * The render worker built for Node with the app's aliases (its dependencies stay in node_modules).
 * At build time there is no service worker to register: `virtual:pwa-register/react` is the hook's
 * first state (pwaRegisterAtBuild.ts).
 */
async function buildRenderWorker(root: string, alias: Alias[]): Promise<string> {
  const outDir = path.join(root, '.cache/prerender-worker')
  await build({
    configFile: false,
    resolve: {
      alias: [
        {
          find: /^virtual:pwa-register\/react$/,
          replacement: path.join(root, 'src/app/prerender/pwaRegisterAtBuild.ts'),
        },
        ...alias,
      ],
    },
    plugins: [react()],
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      ssr: path.join(root, 'src/app/prerender/renderWorker.ts'),
      rolldownOptions: { output: { entryFileNames: 'renderWorker.js' } },
    },
  })
  return path.join(outDir, 'renderWorker.js')
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

/**
 * The built index.html made into a page template (pageTemplate.ts), with a DOM. The entry script
 * and its module preloads move into the boot script's `data-entry` / `data-preload`: the boot
 * script starts them once the page has painted (src/app/boot/startApp.ts), so the text is on
 * screen before ~140 KB of JavaScript is even requested. The boot script goes right after the
 * stylesheet (found early by the preload scanner), before `<body>`: it sets theme and direction
 * before anything paints.
 */
function pageTemplate(built: string, bootScript: string, extraStylesheets: readonly string[]): PageTemplate {
  const { document } = parseHTML(built)
  const take = (selector: string, attribute: string) =>
    [...document.querySelectorAll(selector)].map((element) => {
      element.remove()
      return element.getAttribute(attribute) ?? ''
    })
  const entries = take('script[type="module"]', 'src')
  const preloads = take('link[rel="modulepreload"]', 'href')
  if (entries.length === 0) throw new Error('prerender: no entry script in the built index.html')

  const stylesheet = document.querySelector('link[rel="stylesheet"]')
  const title = document.querySelector('title')
  const description = document.querySelector('meta[name="description"]')
  const root = document.getElementById('root')
  if (stylesheet === null || title === null || description === null || root === null)
    throw new Error('prerender: the built index.html lacks its stylesheet, title, description or #root')

  const boot = document.createElement('script')
  boot.setAttribute('src', bootScript)
  boot.setAttribute('data-prerendered-for', slotMarker('renderedFor'))
  boot.setAttribute('data-entry', entries.join(' '))
  boot.setAttribute('data-preload', preloads.join(' '))
  const linked = new Set(
    [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')),
  )
  const links = extraStylesheets
    .filter((href) => !linked.has(href))
    .map((href) => {
      const link = document.createElement('link')
      link.setAttribute('rel', 'stylesheet')
      link.setAttribute('crossorigin', '')
      link.setAttribute('href', href)
      return link
    })
  stylesheet.after(...links, boot)

  const defaults = {
    defaultTitleHtml: escapeHtml(title.textContent ?? ''),
    defaultDescription: description.getAttribute('content') ?? '',
  }
  title.textContent = slotMarker('title')
  description.setAttribute('content', slotMarker('description'))
  root.textContent = slotMarker('root')
  const state = document.createElement('script')
  state.setAttribute('type', 'application/json')
  state.setAttribute('id', PRERENDER_STATE_ID)
  state.textContent = slotMarker('state')
  root.after(state)
  return templateFrom(`<!doctype html>\n${document.documentElement.outerHTML}\n`, defaults)
}

function runWorker(file: string, input: RenderWorkerInput): Promise<RenderWorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: input })
    worker.once('message', (message: { result?: RenderWorkerResult; error?: string }) => {
      if (message.result !== undefined) resolve(message.result)
      else reject(new Error(`prerender worker ${input.share} failed: ${message.error}`))
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`prerender worker ${input.share} exited (${code})`)))
  })
}

export interface PrerenderPlugin extends Plugin {
  /** Prerenders the built site in `outDir` (its data folder included). */
  readonly prerender: (outDir: string) => Promise<void>
}

export function prerenderPlugin(): PrerenderPlugin {
  let config: ResolvedConfig | null = null
  return {
    name: 'sahifa-prerender',
    apply: 'build',
    configResolved: (resolved) => void (config = resolved),
    prerender: async (outDir) => {
      if (config === null) throw new Error('prerender: run before the Vite config was resolved')
      const started = performance.now()
      const { root } = config
      const alias = config.resolve.alias
      const [bootScript, workerFile] = await Promise.all([
        buildBootScript(root, alias, outDir),
        buildRenderWorker(root, alias),
      ])
      const built = readFileSync(path.join(outDir, 'index.html'), 'utf8')
      const templates = {
        feed: pageTemplate(built, bootScript, []),
        article: pageTemplate(built, bootScript, routeStylesheets(outDir, 'src/app/routes/ArticleRoute.tsx')),
        topic: pageTemplate(built, bootScript, routeStylesheets(outDir, 'src/app/routes/TopicRoute.tsx')),
      }
      for (const folder of PAGE_FOLDERS) rmSync(path.join(outDir, folder), { recursive: true, force: true })
      const built_at = performance.now()
      const shares = Math.max(1, availableParallelism())
      const results = await Promise.all(
        Array.from({ length: shares }, (_, share) => runWorker(workerFile, { outDir, templates, share, shares })),
      )
      rmSync(path.dirname(workerFile), { recursive: true, force: true })
      const pages = results.reduce((sum, result) => sum + result.pages, 0)
      const bytes = results.reduce((sum, result) => sum + result.bytes, 0)
      const seconds = (ms: number) => (ms / 1000).toFixed(1)
      config.logger.info(
        `prerendered ${pages} pages (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds(performance.now() - started)} s ` +
          `(${seconds(built_at - started)} s building the boot script and render worker, ${shares} render threads)`,
      )
    },
  }
}
