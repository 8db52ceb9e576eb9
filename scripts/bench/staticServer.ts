/**
 * The bench's own static server, run inside the bench process so it cannot outlive it: serves a
 * built app folder and, under /data/, a data folder (so one build can be measured against corpora
 * of any size), gzips text (JSON, JS, CSS, HTML, SVG, manifest) as a CDN would, answers unknown
 * app paths with index.html (SPA fallback) and unknown /data/ paths with 404. Localhost only.
 * Each response carries `x-raw-length` (bytes before gzip) so the bench reads both sizes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { contentType } from '../contentTypes.ts'

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt'])
/** zlib's default level, what a typical CDN or nginx `gzip_comp_level 6` sends. */
export const GZIP_LEVEL = 6

export interface StaticServer {
  readonly origin: string
  close(): Promise<void>
}

export interface StaticServerOptions {
  /** The built app (index.html, assets/, sw.js …). */
  readonly appDir: string
  /** Served at /data/; defaults to <appDir>/data. */
  readonly dataDir?: string
  /** 0 picks a free port (tests). */
  readonly port: number
}

/** Resolves a URL path inside a folder, or null when it would leave it. */
function inside(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)))
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null
}

async function readIfFile(path: string | null): Promise<Buffer | null> {
  if (path === null) return null
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null
  } catch {
    return null
  }
}

function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const appDir = normalize(options.appDir)
  const dataDir = normalize(options.dataDir ?? join(appDir, 'data'))
  const gzipped = new Map<string, Buffer>()

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname
    const isData = urlPath.startsWith('/data/')
    let file = isData ? inside(dataDir, urlPath.slice('/data/'.length)) : inside(appDir, urlPath)
    let body = await readIfFile(file)
    if (body === null && !isData && extname(urlPath) === '') {
      // Clean URLs as the README's hosting section asks: a prerendered page (/articles/<id> →
      // articles/<id>.html) before the SPA fallback, which would hide and re-render it.
      const page = inside(appDir, `${urlPath}.html`)
      body = await readIfFile(page)
      file = body === null ? join(appDir, 'index.html') : page
      body ??= await readIfFile(file)
    }
    if (body === null || file === null) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
      response.end('not found')
      return
    }
    const ext = extname(file)
    const headers: Record<string, string> = {
      'content-type': contentType(file),
      'cache-control': cacheControl(urlPath),
      'x-raw-length': String(body.length),
    }
    let payload = body
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      payload = gzipped.get(file) ?? gzipSync(body, { level: GZIP_LEVEL })
      gzipped.set(file, payload)
      headers['content-encoding'] = 'gzip'
      headers['vary'] = 'Accept-Encoding'
    }
    headers['content-length'] = String(payload.length)
    response.writeHead(200, headers)
    response.end(request.method === 'HEAD' ? undefined : payload)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Runs `body` with a server up, and stops it whatever happens. */
export async function withStaticServer<T>(
  options: StaticServerOptions,
  body: (origin: string) => Promise<T>,
): Promise<T> {
  const server = await startStaticServer(options)
  try {
    return await body(server.origin)
  } finally {
    await server.close()
  }
}
