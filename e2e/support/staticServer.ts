/**
 * A small static host for the built app, as a CDN would serve it: files from one folder, unknown
 * paths answered with index.html (SPA fallback, but never for /data/ or /assets/, which 404 like
 * a real host's), and the folder switchable while it runs — a new deployment going live under an
 * open tab. Revalidation headers as the README's deployment notes ask, so the browser's HTTP
 * cache never hides a new sw.js or index.html.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { contentType } from '../../scripts/contentTypes.ts'

export interface StaticHost {
  readonly origin: string
  /** Serve another folder from the next request on. */
  serve: (folder: string) => void
  close: () => Promise<void>
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
}

export async function startStaticHost(folder: string, port: number): Promise<StaticHost> {
  let root = folder
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
      const candidate = normalize(join(root, pathname))
      const inside = candidate === root || candidate.startsWith(root + sep)
      let file = inside && (await isFile(candidate)) ? candidate : null
      const isAsset = pathname.startsWith('/data/') || pathname.startsWith('/assets/')
      if (file === null && !isAsset && extname(pathname) === '') file = join(root, 'index.html')
      if (file === null) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
        return
      }
      const immutable = pathname.startsWith('/assets/')
      response.writeHead(200, {
        'Content-Type': contentType(file),
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
      createReadStream(file).pipe(response)
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
