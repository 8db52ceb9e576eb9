import '@/styles/reading-tools.css'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { useParams, useSearchParams } from 'react-router'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { NotFoundView } from '@/components/NotFoundView.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import { paths, readListIds, searchParamNames } from '@/config/paths.ts'
import { articleIdSchema, type Article } from '@/core/schema.ts'
import { articleQueryOptions } from '@/features/article/api/articleQuery.ts'
import { ArticleView } from '@/features/article/components/ArticleView.tsx'
import { ReadingProgress } from '@/features/reading/components/ReadingProgress.tsx'
import { ResumeNotice } from '@/features/reading/components/ResumeNotice.tsx'
import { useReadingPosition } from '@/features/reading/useReadingPosition.ts'
import { ArticleNeighbours } from '@/features/related/components/ArticleNeighbours.tsx'
import { RelatedArticles } from '@/features/related/components/RelatedArticles.tsx'
import { useArticleMatches } from '@/features/search/useArticleMatches.ts'
import { selectionOf, type Selection } from '@/lib/feed/selection.ts'
import { markRead } from '@/lib/readState.ts'
import { ArticleTools } from './ArticleTools.tsx'

/** `/articles/:id?from=…&q=…`: an id that cannot exist is not found without a request. */
export function ArticleRoute() {
  const { id } = useParams()
  const [searchParams] = useSearchParams()
  const parsed = articleIdSchema.safeParse(id)
  if (!parsed.success) return <ArticleNotFound />
  const searchQuery = searchParams.get(searchParamNames.query) ?? ''
  return (
    <ArticlePage id={parsed.data} from={selectionOf(readListIds(searchParams, 'from'))} searchQuery={searchQuery} />
  )
}

function ArticlePage({ id, from, searchQuery }: { id: string; from: Selection; searchQuery: string }) {
  const query = useQuery(articleQueryOptions(id))
  return (
    <QueryView query={query} notFound={<ArticleNotFound />}>
      {(article) => <ArticleReading article={article} from={from} searchQuery={searchQuery} />}
    </QueryView>
  )
}

/** The article with its reading tools (progress, resume, text size and theme, save, share, read aloud) and search matches. */
function ArticleReading({ article, from, searchQuery }: { article: Article; from: Selection; searchQuery: string }) {
  const articleRef = useRef<HTMLDivElement>(null)
  useArticleMatches(articleRef, article.id, searchQuery)
  const [paragraphAloud, setParagraphAloud] = useState<number | null>(null)
  const { fraction, resumedAt } = useReadingPosition(article.id, articleRef)
  useEffect(() => markRead(article.id), [article.id])
  // The article's own address, without the list the reader came from.
  // (Relative while prerendering at build time, where there is no origin; shown only if sharing fails.)
  const shareUrl = new URL(paths.article.getHref(article.id), globalThis.location?.origin ?? 'http://localhost').href
  const tools = <ArticleTools article={article} shareUrl={shareUrl} onParagraph={setParagraphAloud} />
  return (
    <>
      <DocumentTitle page={article.title} />
      <ReadingProgress fraction={fraction} />
      {resumedAt !== null && <ResumeNotice />}
      <div ref={articleRef}>
        <ArticleView article={article} currentParagraph={paragraphAloud} tools={tools} />
      </div>
      <RelatedArticles related={article.related} story={article.story} copies={article.copies} />
      <ArticleNeighbours article={article} from={from} />
    </>
  )
}

function ArticleNotFound() {
  const { t } = useTranslation(PAGE_STRINGS)
  return <NotFoundView title={t('article.notFoundTitle')} body={t('article.notFoundBody')} />
}
