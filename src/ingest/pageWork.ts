/**
 * The per-file work of an ingest, the same in a worker thread and in the main thread: read and
 * parse the page, then give each of its articles its id and its analysis (topics, names,
 * similarity features). Text in, result out: nothing here depends on any other file.
 */
import { analyzeArticle, type AnalysisTools } from './articleAnalysis.ts'
import type { PageInput } from './corpus.ts'
import { articleId } from './ids.ts'
import { readPage } from './readPage.ts'

export type PageWork = Omit<PageInput, 'file'>

export async function pageWork(file: string, tools: AnalysisTools): Promise<PageWork> {
  const page = await readPage(file)
  if (page.status !== 'ok') return { page }
  return {
    page,
    ids: page.articles.map((a) => articleId(a.title, a.body[0] ?? '')),
    analyses: page.articles.map((a) => analyzeArticle(tools, a)),
  }
}
