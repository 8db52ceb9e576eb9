import '@/styles/search-page.css'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { SearchField } from '@/components/SearchField.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { firstAnswer, searchEngineQueryOptions, searchResultsQueryOptions } from '../api/searchQueries.ts'
import { markSearchInput } from '../searchTiming.ts'
import { useTypedQuery } from '../useTypedQuery.ts'
import { useUrlFollowing } from '../useUrlFollowing.ts'
import { RESULTS_PAGE_SIZE, SearchResults } from './SearchResults.tsx'

interface SearchViewProps {
  /** The query in the URL. */
  query: string
  /**
   * Changes when the URL's query did not come from the field (a suggestion or keyword link, the
   * history): the field and its results start again from the URL's query.
   */
  searchKey: string
  /** Called as the reader types: the route keeps the URL in step (replacing, not pushing). */
  onQueryChange: (query: string) => void
}

/** `/search?q=`: a field, and results that follow every keystroke. */
export function SearchView({ query, searchKey, onQueryChange }: SearchViewProps) {
  const { t } = useTranslation(PAGE_STRINGS)
  return (
    <section className="search" aria-labelledby="search-title">
      <DocumentTitle page={query === '' ? t('search.title') : t('search.titleWithQuery', { query })} />
      <PageHeading id="search-title">{t('search.title')}</PageHeading>
      <TypedSearch key={searchKey} urlQuery={query} onQueryChange={onQueryChange} />
    </section>
  )
}

/**
 * The field and the results of what is typed in it, from the URL's query on. The URL follows the
 * field (useUrlFollowing), so the field's text is the one source of the query while it is typed.
 */
function TypedSearch({ urlQuery, onQueryChange }: { urlQuery: string; onQueryChange: (query: string) => void }) {
  const { t } = useTranslation(PAGE_STRINGS)
  const followInUrl = useUrlFollowing(onQueryChange)
  const manifest = useQuery(manifestQueryOptions())
  const indexPath = manifest.data?.search?.index ?? null
  const engine = useQuery({ ...searchEngineQueryOptions(indexPath ?? ''), enabled: indexPath !== null })
  const queryClient = useQueryClient()
  // A keystroke's query goes to the search worker before anything renders; the results' own
  // query then finds its answer in the cache (same key).
  const ask = (text: string) => {
    if (engine.data === undefined || indexPath === null || text.trim() === '') return null
    const options = searchResultsQueryOptions(engine.data, indexPath, text, RESULTS_PAGE_SIZE)
    return queryClient.getQueryState(options.queryKey)?.status === 'success' ? null : firstAnswer(queryClient, options)
  }
  const { query, fieldRef, typed } = useTypedQuery(urlQuery, ask)

  return (
    <>
      <SearchField
        variant="page"
        defaultValue={urlQuery}
        fieldRef={fieldRef}
        onType={(text) => {
          markSearchInput(text)
          typed(text)
          followInUrl(text)
        }}
      />
      <QueryView query={manifest} level="section">
        {() =>
          indexPath === null ? (
            <p className="feed__empty">{t('search.unavailable')}</p>
          ) : (
            <QueryView query={engine} level="section">
              {(loaded) => <SearchResults engine={loaded} indexPath={indexPath} query={query} />}
            </QueryView>
          )
        }
      </QueryView>
    </>
  )
}
