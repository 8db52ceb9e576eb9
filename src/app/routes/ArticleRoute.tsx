import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { DocumentTitle } from '../../components/DocumentTitle.tsx'
import { NotFoundView } from '../../components/NotFoundView.tsx'
import { QueryView } from '../../components/QueryView.tsx'
import { articleIdSchema } from '../../core/schema.ts'
import { articleQueryOptions } from '../../features/article/api/articleQuery.ts'
import { ArticleView } from '../../features/article/components/ArticleView.tsx'
import { ArticleNeighbours } from '../../features/related/components/ArticleNeighbours.tsx'
import { RelatedArticles } from '../../features/related/components/RelatedArticles.tsx'
import { readListIds } from '../../config/paths.ts'

/** `/articles/:id?from=…`: an id that cannot exist is not found without a request. */
export function ArticleRoute() {
  const { id } = useParams()
  const [searchParams] = useSearchParams()
  const parsed = articleIdSchema.safeParse(id)
  if (!parsed.success) return <ArticleNotFound />
  return <ArticlePage id={parsed.data} from={readListIds(searchParams, 'from')} />
}

function ArticlePage({ id, from }: { id: string; from: readonly string[] }) {
  const query = useQuery(articleQueryOptions(id))
  return (
    <QueryView query={query} notFound={<ArticleNotFound />}>
      {(article) => (
        <>
          <DocumentTitle page={article.title} />
          <ArticleView article={article} />
          <RelatedArticles related={article.related} />
          <ArticleNeighbours article={article} from={from} />
        </>
      )}
    </QueryView>
  )
}

function ArticleNotFound() {
  const { t } = useTranslation()
  return <NotFoundView title={t('article.notFoundTitle')} body={t('article.notFoundBody')} />
}
