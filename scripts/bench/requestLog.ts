/**
 * Every response a page receives, with its size before and after gzip as the bench's server sent
 * it (`x-raw-length`, `content-length`), so a figure can sum any subset: data, scripts, styles.
 */
import type { Page } from '@playwright/test'

export interface LoggedResponse {
  readonly path: string
  readonly status: number
  readonly contentType: string
  readonly rawBytes: number
  readonly transferBytes: number
}

export function logResponses(page: Page): LoggedResponse[] {
  const log: LoggedResponse[] = []
  page.on('response', (response) => {
    const headers = response.headers()
    const url = new URL(response.url())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return
    const raw = Number(headers['x-raw-length'] ?? headers['content-length'] ?? 0)
    log.push({
      path: url.pathname + url.search,
      status: response.status(),
      contentType: headers['content-type'] ?? '',
      rawBytes: raw,
      transferBytes: Number(headers['content-length'] ?? raw),
    })
  })
  return log
}

export interface ByteTotal {
  readonly count: number
  readonly rawKB: number
  readonly gzipKB: number
  readonly paths: string[]
  /** `index 79.5` per response, largest first, names without folder and content hash. */
  readonly breakdown: string
}

export function total(responses: readonly LoggedResponse[]): ByteTotal {
  return {
    count: responses.length,
    rawKB: responses.reduce((sum, r) => sum + r.rawBytes, 0) / 1024,
    gzipKB: responses.reduce((sum, r) => sum + r.transferBytes, 0) / 1024,
    paths: responses.map((r) => r.path),
    breakdown: [...responses]
      .sort((a, b) => b.transferBytes - a.transferBytes)
      .map(
        (r) =>
          `${r.path.replace(/^.*\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1')} ${(r.transferBytes / 1024).toFixed(1)}`,
      )
      .join(', '),
  }
}

export const isData = (r: LoggedResponse) => r.path.startsWith('/data/')
export const isScriptOrStyle = (r: LoggedResponse) =>
  /\.(m?js|css)(\?|$)/.test(r.path) || /javascript|text\/css/.test(r.contentType)
export const isFont = (r: LoggedResponse) => /\.woff2?(\?|$)/.test(r.path)

/** Loads a path cold and waits until the network has been quiet, so late lazy requests count too. */
export async function loadAndSettle(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 })
  await page.locator(ready).first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
}
