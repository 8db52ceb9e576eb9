import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { PublishedDate } from '@/components/PublishedDate.tsx'
import { formatHijriDate } from '@/lib/intlPhrases.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { ReadingTime } from '@/components/ReadingTime.tsx'
import type { Article } from '@/core/schema.ts'

/**
 * Who, where and when, on one line (two on a narrow phone): outlet · author · dateline · date ·
 * Hijri date · reading time. Each value keeps its label for screen readers (a `<dl>`), shown only
 * to them: the values speak for themselves on screen.
 */
export function ArticleByline({ article }: { article: Article }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const { outlet, author, dateline, publishedAt } = article
  return (
    <dl className="byline">
      {outlet !== null && (
        <BylineItem label={t('article.outlet')}>
          <bdi lang="ar">{outlet}</bdi>
        </BylineItem>
      )}
      {author !== null && (
        <BylineItem label={t('article.author')}>
          <bdi lang="ar">{author}</bdi>
        </BylineItem>
      )}
      {dateline !== null && (
        <BylineItem label={t('article.dateline')}>
          <bdi lang="ar">{dateline}</bdi>
        </BylineItem>
      )}
      <BylineItem label={t('article.published')}>
        <PublishedDate date={publishedAt} />
      </BylineItem>
      {publishedAt !== null && (
        <BylineItem label={t('article.hijriDate')}>
          <HijriDate date={publishedAt} />
        </BylineItem>
      )}
      <BylineItem label={t('article.readingTime')}>
        <ReadingTime minutes={article.readingMinutes} />
      </BylineItem>
    </dl>
  )
}

function BylineItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="byline__item">
      <dt className="visually-hidden">{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The same day in the Hijri (Umm al-Qura) calendar. */
function HijriDate({ date }: { date: string }) {
  const language = useUiLanguage()
  const digits = useDigits()
  return <span className="hijri-date">{formatHijriDate(date, language, digits)}</span>
}
