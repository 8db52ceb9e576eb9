import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer, type StaticServer } from './staticServer.ts'

describe("the bench's static server", () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-server-'))
  const app = join(root, 'dist')
  const corpus = join(root, 'corpus-data')
  let server: StaticServer

  beforeAll(async () => {
    mkdirSync(join(app, 'assets'), { recursive: true })
    mkdirSync(join(app, 'data'), { recursive: true })
    mkdirSync(join(app, 'articles'), { recursive: true })
    writeFileSync(join(app, 'articles', 'a-prerendered.html'), '<!doctype html><title>prerendered article</title>')
    mkdirSync(corpus, { recursive: true })
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(app, 'assets', 'main-abc123.js'), 'console.log("hello");'.repeat(50))
    writeFileSync(join(app, 'data', 'only-in-build.json'), '{"from":"build"}')
    writeFileSync(join(app, 'data', 'manifest.json'), '{"from":"build"}')
    writeFileSync(join(corpus, 'manifest.json'), JSON.stringify({ from: 'corpus', padding: 'x'.repeat(2000) }))
    writeFileSync(join(root, 'secret.txt'), 'outside')
    server = await startStaticServer({ appDir: app, dataDir: corpus, port: 0 })
  })
  afterAll(async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })

  it("serves the corpus data at /data/ gzipped, with both sizes, instead of the build's", async () => {
    const response = await fetch(`${server.origin}/data/manifest.json`)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const raw = Number(response.headers.get('x-raw-length'))
    expect(raw).toBeGreaterThan(2000)
    expect(Number(response.headers.get('content-length'))).toBeLessThan(raw / 5)
    expect(((await response.json()) as { from: string }).from).toBe('corpus')
  })

  it('answers app paths with index.html but unknown data with 404', async () => {
    expect(await (await fetch(`${server.origin}/articles/some-id`)).text()).toContain('<title>app</title>')
    expect((await fetch(`${server.origin}/data/only-in-build.json`)).status).toBe(404)
    expect((await fetch(`${server.origin}/data/articles/missing.json`)).status).toBe(404)
  })

  it('answers a clean URL with its prerendered page before the SPA fallback', async () => {
    const response = await fetch(`${server.origin}/articles/a-prerendered`)
    expect(await response.text()).toContain('<title>prerendered article</title>')
    expect(response.headers.get('content-type')).toContain('text/html')
  })

  it('marks hashed assets immutable and everything else revalidated', async () => {
    expect((await fetch(`${server.origin}/assets/main-abc123.js`)).headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${server.origin}/`)).headers.get('cache-control')).toBe('no-cache')
  })

  it('never serves a file outside its folders', async () => {
    const response = await fetch(`${server.origin}/data/..%2F..%2Fsecret.txt`)
    expect(response.status).toBe(404)
  })
})
