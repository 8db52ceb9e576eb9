import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import type { ArticleSummary } from '../core/schema.ts'
import { PublishedDate } from './PublishedDate.tsx'
import { ReadingTime } from './ReadingTime.tsx'
import { TopicLinks } from './TopicLinks.tsx'

interface ArticleCardProps {
  article: ArticleSummary
  /** The list this card sits in, carried to the article for its previous/next links. */
  from: readonly string[]
  headingLevel?: 2 | 3
}

/** A feed card. Title and excerpt are Arabic content whatever the UI language. */
export function ArticleCard({ article, from, headingLevel = 2 }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="article-card">
      <Heading className="article-card__title" lang="ar" dir="auto">
        <Link to={paths.article.getHref(article.id, from)}>{article.title}</Link>
      </Heading>
      <p className="article-card__meta">
        {article.outlet !== null && (
          <bdi className="article-card__outlet" lang="ar">
            {article.outlet}
          </bdi>
        )}
        <PublishedDate date={article.publishedAt} />
        <ReadingTime minutes={article.readingMinutes} />
      </p>
      {article.excerpt !== '' && (
        <p className="article-card__excerpt" lang="ar" dir="auto">
          {article.excerpt}
        </p>
      )}
      <TopicLinks topicIds={article.topics} />
    </article>
  )
}
