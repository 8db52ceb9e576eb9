import { memo } from 'react'
import { paths } from '@/config/paths.ts'
import type { ArticleSummary } from '@/core/schema.ts'
import { contentDirection } from '@/lib/textDirection.ts'
import { BidiText } from './BidiText.tsx'
import { CardSaveToggle } from './CardSaveToggle.tsx'
import { useCardFormat } from './cardFormat.tsx'
import { PublishedDateText } from './PublishedDateText.tsx'
import { TopicLinks } from './TopicLinks.tsx'

interface ArticleCardProps {
  article: ArticleSummary
  /** The list this card sits in, carried to the article for its previous/next links. */
  from: readonly string[]
  headingLevel?: 2 | 3
  /** The search that listed this card, carried to the article to highlight its matches. */
  query?: string
}

/**
 * A feed card. Title and excerpt are Arabic content whatever the UI language; "read" once opened.
 * Memoised: a list re-rendered around it (a filter's busy flag, a page's URL) leaves it as it is.
 * Lists replace dozens of cards at a press, so a card has no hooks of its own beyond one context
 * (cardFormat.tsx) and its links are plain anchors the app follows (app/useInAppLinks.ts).
 */
export const ArticleCard = memo(function ArticleCard({ article, from, headingLevel = 2, query }: ArticleCardProps) {
  const format = useCardFormat()
  const { t, language, digits } = format
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="article-card">
      <Heading className="article-card__title" lang="ar" dir={contentDirection(article.title)}>
        <a href={paths.article.getHref(article.id, from, query)}>
          <BidiText text={article.title} />
        </a>
      </Heading>
      <p className="article-card__meta">
        {article.outlet !== null && (
          <bdi className="article-card__outlet" lang="ar">
            {article.outlet}
          </bdi>
        )}
        <PublishedDateText date={article.publishedAt} t={t} language={language} digits={digits} />
        {article.storyOutlets !== undefined && article.storyOutlets.length > 1 && (
          <span className="article-card__story">
            {t('story.outlets', { count: article.storyOutlets.length, digits })}
          </span>
        )}
        <span className="reading-time">{format.readingTime(article.readingMinutes)}</span>
        {/* Always there, hidden until read: the prerendered card cannot know what this device has read,
            and a mark that appeared on hydration would reflow the card (layout shift on slow phones). */}
        {format.isRead(article.id) ? (
          <span className="article-card__read">{t('card.read')}</span>
        ) : (
          <span
            className="article-card__read article-card__read--unread"
            data-label={t('card.read')}
            aria-hidden="true"
          />
        )}
        <CardSaveToggle article={article} format={format} />
      </p>
      {article.excerpt !== '' && (
        <p className="article-card__excerpt" lang="ar" dir={contentDirection(article.excerpt)}>
          <BidiText text={article.excerpt} />
        </p>
      )}
      <TopicLinks topicIds={article.topics} format={format} />
    </article>
  )
})
