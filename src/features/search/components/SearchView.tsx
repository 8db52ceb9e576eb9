import '@/styles/search-page.css'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from '@/lib/translation.ts'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { QueryView } from '@/components/QueryView.tsx'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { searchEngineQueryOptions, searchResultsQueryOptions } from '../api/searchQueries.ts'
import { markSearchInput } from '../searchTiming.ts'
import { useTypedQuery } from '../useTypedQuery.ts'
import { useUrlFollowing } from '../useUrlFollowing.ts'
import { RESULTS_PAGE_SIZE, SearchResults } from './SearchResults.tsx'

interface SearchViewProps {
  /** The query in the URL. */
  query: string
  /** True when the URL's query came from typing in the field (which then already shows it, or more). */
  queryWasTyped: boolean
  /** Called on every keystroke: the route keeps the URL in step (replacing, not pushing). */
  onQueryChange: (query: string) => void
}

/** `/search?q=`: a field, and results that follow every keystroke. */
export function SearchView({ query, queryWasTyped, onQueryChange }: SearchViewProps) {
  const { t } = useTranslation()
  const fieldId = useId()
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
    return queryClient.getQueryState(options.queryKey)?.status === 'success' ? null : queryClient.prefetchQuery(options)
  }
  const field = useTypedQuery(query, queryWasTyped, ask)

  return (
    <section className="search" aria-labelledby="search-title">
      <DocumentTitle page={query === '' ? t('search.title') : t('search.titleWithQuery', { query })} />
      <PageHeading id="search-title">{t('search.title')}</PageHeading>
      <form role="search" className="search__form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={fieldId} className="search__label">
          {t('search.label')}
        </label>
        <input
          ref={field.fieldRef}
          id={fieldId}
          className="search__field"
          type="search"
          data-search-field=""
          dir="auto"
          lang="ar"
          autoComplete="off"
          enterKeyHint="search"
          defaultValue={query}
          onChange={(event) => {
            markSearchInput(event.target.value)
            field.typed(event.target.value)
            followInUrl(event.target.value)
          }}
        />
      </form>
      <QueryView query={manifest} level="section">
        {() =>
          indexPath === null ? (
            <p className="feed__empty">{t('search.unavailable')}</p>
          ) : (
            <QueryView query={engine} level="section">
              {(loaded) => <SearchResults engine={loaded} indexPath={indexPath} query={field.query} />}
            </QueryView>
          )
        }
      </QueryView>
    </section>
  )
}
