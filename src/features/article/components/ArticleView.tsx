import type { Article } from '../../../core/schema.ts'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { UiLanguageScope } from '../../../components/UiLanguageScope.tsx'
import { ArticleByline } from './ArticleByline.tsx'
import { ArticleKeywords } from './ArticleKeywords.tsx'
import { ArticleSourceNotes } from './ArticleSourceNotes.tsx'
import { ArticleTopics } from './ArticleTopics.tsx'

/**
 * An article as a newspaper page. The article is Arabic content, so it is `lang="ar" dir="rtl"`
 * whatever the UI language; the chrome inside it (labels, section headings) returns to the UI
 * language through `UiLanguageScope`. Each title and paragraph is isolated with `dir="auto"`.
 */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article" lang="ar" dir="rtl">
      <header className="article__header">
        <PageHeading className="article__title" dir="auto">
          {article.title}
        </PageHeading>
        <UiLanguageScope>
          <ArticleByline article={article} />
        </UiLanguageScope>
      </header>
      <div className="article__body">
        {article.body.map((paragraph, index) => (
          <p key={index} dir="auto">
            {paragraph}
          </p>
        ))}
      </div>
      <ArticleSourceNotes credit={article.credit} disclaimer={article.disclaimer} />
      <UiLanguageScope className="article__footer">
        <ArticleKeywords keywords={article.keywords} />
        <ArticleTopics topicIds={article.topics} topicMatches={article.topicMatches} />
      </UiLanguageScope>
    </article>
  )
}
