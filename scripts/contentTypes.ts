/**
 * The one Content-Type table of the project's static servers (the e2e host,
 * e2e/support/staticServer.ts, and the bench's, scripts/bench/staticServer.ts): what a built app
 * folder holds, typed as a static host should type it. Text is UTF-8 (the app's JSON, HTML and
 * web app manifest carry Arabic).
 */
import { extname } from 'node:path'

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** A file's Content-Type by its extension; bytes of an unknown kind are `application/octet-stream`. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
}
