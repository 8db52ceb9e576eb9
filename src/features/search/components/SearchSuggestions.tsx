import { useTranslation } from '@/lib/translation.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'

/** "Nothing found for …", with searches that do find something (chosen at ingest). */
export function SearchSuggestions({ query, suggestions }: { query: string; suggestions: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <div className="search__nothing">
      <p>
        {t('search.noResults')} <bdi lang="ar">{query}</bdi>
      </p>
      {suggestions.length > 0 && (
        <>
          <p>{t('search.suggestions')}</p>
          <ul className="keyword-list" aria-label={t('search.suggestions')}>
            {suggestions.map((word) => (
              <li key={word}>
                <Link className="chip chip--link" to={paths.search.getHref(word)} lang="ar" dir="auto">
                  {word}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
