/**
 * The source of a worker thread that runs a TypeScript module. A worker does not inherit tsx's
 * loader for its entry file, so the entry is loaded through tsx's API; the ingest's worker
 * threads (the parse pool, the search index thread) start this way.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** Source for `new Worker(source, { eval: true })` that imports the TypeScript module `entry`. */
export function typeScriptWorkerSource(entry: URL): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve
  const api =
    typeof resolve === 'function'
      ? resolve('tsx/esm/api')
      : pathToFileURL(
          path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
        ).href
  return `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`
}
