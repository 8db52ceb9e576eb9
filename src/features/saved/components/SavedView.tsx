import '@/styles/reading-tools.css'
import '@/styles/settings.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { Link } from 'react-router'
import { ArticleCard } from '@/components/ArticleCard.tsx'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { StorageFailedNotice } from '@/components/StorageFailedNotice.tsx'
import { paths } from '@/config/paths.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { setSaved, useSavedArticles } from '@/lib/savedArticles.ts'

/** `/saved`: the articles the reader kept, from the device alone (works offline). */
export function SavedView() {
  const { t } = useTranslation(PAGE_STRINGS)
  const digits = useDigits()
  const saved = useSavedArticles()
  const [saveFailed, setSaveFailed] = useState(false)
  return (
    <section className="saved" aria-labelledby="saved-title">
      <DocumentTitle page={t('saved.title')} />
      <PageHeading id="saved-title">{t('saved.title')}</PageHeading>
      <p className="feed__count" role="status">
        {t('saved.count', { count: saved.length, digits })}
      </p>
      {saveFailed && <StorageFailedNotice />}
      {saved.length === 0 ? (
        <p className="feed__empty">
          {t('saved.empty')} <Link to={paths.home.getHref()}>{t('notFound.home')}</Link>
        </p>
      ) : (
        <ol className="article-list" aria-label={t('saved.listLabel')}>
          {saved.map((item) => (
            <li key={item.id} className="saved__item">
              <ArticleCard article={item} from={[]} />
              <button
                type="button"
                className="tool-button tool-button--wide"
                onClick={() => setSaveFailed(!setSaved(item, false))}
              >
                {t('saved.remove')}
                <span className="visually-hidden">
                  : <bdi lang="ar">{item.title}</bdi>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
