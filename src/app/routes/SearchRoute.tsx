import { useLocation, useSearchParams } from 'react-router'
import { searchParamNames } from '@/config/paths.ts'
import { SearchView } from '@/features/search/components/SearchView.tsx'

/**
 * The state of a URL change made by typing: the location the typing started from, carried along
 * so that the search field keeps its own text (and keystrokes) across the URL following it.
 */
interface TypedState {
  typedSince: string
}

function typedSince(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'typedSince' in state && typeof state.typedSince === 'string'
    ? state.typedSince
    : null
}

/**
 * `/search?q=`: the query lives in the URL, replaced as it is typed so history keeps one entry per
 * search. Any other change of the URL (a link, back, forward) is a new search from its query.
 */
export function SearchRoute() {
  const [searchParams, setSearchParams] = useSearchParams()
  const location = useLocation()
  const query = searchParams.get(searchParamNames.query) ?? ''
  const searchKey = typedSince(location.state) ?? location.key
  const onQueryChange = (next: string) =>
    setSearchParams(next === '' ? {} : { [searchParamNames.query]: next }, {
      replace: true,
      preventScrollReset: true,
      state: { typedSince: searchKey } satisfies TypedState,
    })
  return <SearchView query={query} searchKey={searchKey} onQueryChange={onQueryChange} />
}
