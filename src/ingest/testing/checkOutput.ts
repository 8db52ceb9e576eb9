/**
 * For tests: is a data folder a complete, valid contract? The manifest, every article, every feed
 * page and the report must pass the shared schemas (src/core/schema.ts), the article count must
 * match the article files, and every article the report lists must be there.
 * @returns the problems found; empty when the folder is whole
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { articleSchema, dataPaths, feedPageSchema, ingestReportSchema, manifestSchema } from '@/core/schema.ts'

function parsed<T>(
  file: string,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  problems: string[],
): T | null {
  try {
    const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    if (result.success) return result.data ?? null
    problems.push(`${file}: does not match its schema`)
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`)
  }
  return null
}

export function checkOutput(dir: string): string[] {
  const problems: string[] = []
  if (!existsSync(dir)) return [`${dir} is missing`]
  const manifest = parsed(path.join(dir, dataPaths.manifest), manifestSchema, problems)
  const report = parsed(path.join(dir, dataPaths.report), ingestReportSchema, problems)
  const articleDir = path.join(dir, 'articles')
  const articleFiles = existsSync(articleDir) ? readdirSync(articleDir) : []
  for (const f of articleFiles) parsed(path.join(articleDir, f), articleSchema, problems)
  if (manifest && manifest.articleCount !== articleFiles.length)
    problems.push(`manifest counts ${manifest.articleCount} articles, ${articleFiles.length} on disk`)
  for (const list of manifest?.feed.lists ?? []) {
    for (let page = 1; page <= list.pageCount; page++)
      parsed(path.join(dir, dataPaths.feedPage(list.id, page)), feedPageSchema, problems)
  }
  const present = new Set(articleFiles.map((f) => f.replace(/\.json$/, '')))
  for (const entry of report?.files ?? [])
    for (const id of entry.articles)
      if (!present.has(id)) problems.push(`report lists ${id} (${entry.file}), not on disk`)
  return problems
}
