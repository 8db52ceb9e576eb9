/**
 * The per-file work of an ingest, the same in a worker thread and in the main thread: read and
 * parse the page, then give each of its articles its id and its analysis (topics, names,
 * similarity features). Text in, result out: nothing here depends on any other file.
 */
import { analyzeArticle, articleTokens, type AnalysisTools } from '../analyse/articleAnalysis.ts'
import type { PageInput } from '../assemble/corpus.ts'
import { articleIdOfTokens } from '../assemble/ids.ts'
import type { FileParse } from '../input/fileParse.ts'
import { readPage, readPageSync } from '../input/readPage.ts'

export type PageWork = Omit<PageInput, 'file'>

export async function pageWork(file: string, tools: AnalysisTools): Promise<PageWork> {
  return workOn(await readPage(file), tools)
}

/** pageWork with a blocking read, for the parse workers (see readPageSync). */
export function pageWorkSync(file: string, tools: AnalysisTools): PageWork {
  return workOn(readPageSync(file), tools)
}

function workOn(page: FileParse, tools: AnalysisTools): PageWork {
  if (page.status !== 'ok') return { page }
  const tokens = page.articles.map(articleTokens)
  return {
    page,
    ids: tokens.map((t) => articleIdOfTokens(t.title, t.paragraphs[0] ?? [])),
    analyses: page.articles.map((a, i) => analyzeArticle(tools, a, tokens[i])),
  }
}
