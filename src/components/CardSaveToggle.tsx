import type { ArticleSummary } from '@/core/schema.ts'
import { setSaved } from '@/lib/savedArticles.ts'
import type { CardFormat } from './cardFormat.tsx'
import { BookmarkIcon } from './LineIcon.tsx'

/**
 * Save from a card, without opening the article: a bookmark, filled once saved (pressed), named
 * with the article's title. No hooks (a card has none, see ArticleCard): the saved marks come with
 * the card's format. A device that refuses to keep it still shows the mark for this visit; the
 * article page and the settings say when storage fails.
 */
export function CardSaveToggle({ article, format }: { article: ArticleSummary; format: CardFormat }) {
  const saved = format.isSaved(article.id)
  return (
    <button type="button" className="card-save" aria-pressed={saved} onClick={() => setSaved(article, !saved)}>
      <BookmarkIcon filled={saved} />
      <span className="visually-hidden">{format.t('card.save', { title: article.title })}</span>
    </button>
  )
}
