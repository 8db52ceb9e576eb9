import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { SearchLinks } from '@/components/SearchLinks.tsx'

/** "Nothing found for …", with searches that do find something (chosen at ingest). */
export function SearchSuggestions({ query, suggestions }: { query: string; suggestions: readonly string[] }) {
  const { t } = useTranslation(PAGE_STRINGS)
  return (
    <div className="search__nothing">
      <p>
        {t('search.noResults')} <bdi lang="ar">{query}</bdi>
      </p>
      {suggestions.length > 0 && (
        <>
          <p>{t('search.suggestions')}</p>
          <SearchLinks words={suggestions} label={t('search.suggestions')} />
        </>
      )}
    </div>
  )
}
