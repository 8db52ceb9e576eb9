/**
 * The data folder's layout (docs/contract.md), shared so the writer and the reader agree on every path.
 * Apart from the schemas (schema.ts re-exports it) so the app's first screen can name its files
 * without loading the validator.
 */
export const dataPaths = {
  manifest: 'manifest.json',
  report: 'ingest-report.json',
  article: (id: string) => `articles/${id}.json`,
  feedPage: (list: string, page: number) => `feed/${list}/${page}.json`,
  allList: 'all',
} as const
