import '../../../styles/search-page.css'
import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { useTranslation } from '../../../lib/translation.ts'
import { DocumentTitle } from '../../../components/DocumentTitle.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { QueryView } from '../../../components/QueryView.tsx'
import { manifestQueryOptions } from '../../../lib/data/manifestQuery.ts'
import { searchEngineQueryOptions } from '../api/searchQueries.ts'
import { markSearchInput } from '../searchTiming.ts'
import { useUrlFollowing } from '../useUrlFollowing.ts'
import { SearchResults } from './SearchResults.tsx'

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
  const fieldRef = useRef<HTMLInputElement>(null)
  // The field shows what is typed and the URL follows it, a step behind while keys come fast. A link
  // to another search (a suggestion, a keyword) changes the URL under the field, which then shows it.
  const [text, setText] = useState(query)
  const [urlQuery, setUrlQuery] = useState(query)
  if (query !== urlQuery) {
    setUrlQuery(query)
    if (!queryWasTyped) setText(query)
  }
  const followInUrl = useUrlFollowing(onQueryChange)
  const manifest = useQuery(manifestQueryOptions())
  const indexPath = manifest.data?.search?.index ?? null
  const engine = useQuery({ ...searchEngineQueryOptions(indexPath ?? ''), enabled: indexPath !== null })

  return (
    <section className="search" aria-labelledby="search-title">
      <DocumentTitle page={query === '' ? t('search.title') : t('search.titleWithQuery', { query })} />
      <PageHeading id="search-title">{t('search.title')}</PageHeading>
      <form role="search" className="search__form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={fieldId} className="search__label">
          {t('search.label')}
        </label>
        <input
          ref={fieldRef}
          id={fieldId}
          className="search__field"
          type="search"
          data-search-field=""
          dir="auto"
          lang="ar"
          autoComplete="off"
          enterKeyHint="search"
          value={text}
          onChange={(event) => {
            markSearchInput(event.target.value)
            setText(event.target.value)
            followInUrl(event.target.value)
          }}
        />
      </form>
      <QueryView query={manifest} level="section">
        {() =>
          indexPath === null ? (
            <p className="feed__empty">{t('search.unavailable')}</p>
          ) : (
            <QueryView query={engine} level="section">{(loaded) => <SearchResults engine={loaded} indexPath={indexPath} query={text} />}</QueryView>
          )
        }
      </QueryView>
    </section>
  )
}
