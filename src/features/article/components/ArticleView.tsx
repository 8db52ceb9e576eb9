import '@/styles/article.css'
import type { ReactNode } from 'react'
import type { Article } from '@/core/schema.ts'
import { BidiText } from '@/components/BidiText.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { UiLanguageScope } from '@/components/UiLanguageScope.tsx'
import { contentDirection } from '@/lib/textDirection.ts'
import { ArticleByline } from './ArticleByline.tsx'
import { ArticleKeywords } from './ArticleKeywords.tsx'
import { ArticleSourceNotes } from './ArticleSourceNotes.tsx'
import { ArticleTopics } from './ArticleTopics.tsx'

/**
 * An article as a newspaper page. The article is Arabic content, so it is `lang="ar" dir="rtl"`
 * whatever the UI language; the chrome inside it (labels, section headings) returns to the UI
 * language through `UiLanguageScope`. Each title and paragraph is its own bidi paragraph, right to
 * left unless it has no Arabic at all (see lib/textDirection.ts), with its Latin runs (names,
 * dates, URLs) isolated left to right (lib/latinRuns.ts). The paragraph being read aloud,
 * if any, is marked.
 */
interface ArticleViewProps {
  article: Article
  /** The paragraph being read aloud, if any. */
  currentParagraph?: number | null
  /** Reading tools (text size, save, share, read aloud), shown between the byline and the text. */
  tools?: ReactNode
}

export function ArticleView({ article, currentParagraph = null, tools }: ArticleViewProps) {
  return (
    <article className="article" lang="ar" dir="rtl">
      <header className="article__header">
        <PageHeading className="article__title" dir={contentDirection(article.title)}>
          <BidiText text={article.title} />
        </PageHeading>
        <UiLanguageScope>
          <ArticleByline article={article} />
        </UiLanguageScope>
      </header>
      {tools !== undefined && <UiLanguageScope className="article__tools">{tools}</UiLanguageScope>}
      <div className="article__body">
        {article.body.map((paragraph, index) => (
          <p
            key={index}
            dir={contentDirection(paragraph)}
            className={index === currentParagraph ? 'is-read-aloud' : undefined}
            aria-current={index === currentParagraph ? 'true' : undefined}
          >
            <BidiText text={paragraph} />
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
