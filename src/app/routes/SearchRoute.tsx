import { useLocation, useSearchParams } from 'react-router'
import { searchParamNames } from '@/config/paths.ts'
import { SearchView } from '@/features/search/components/SearchView.tsx'

/** Marks the URL changes made by typing, so the field does not take back a keystroke's older value. */
const TYPED_STATE = { typedInSearchField: true } as const

function isTyped(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'typedInSearchField' in state
}

/** `/search?q=`: the query lives in the URL, replaced as it is typed so history keeps one entry per search. */
export function SearchRoute() {
  const [searchParams, setSearchParams] = useSearchParams()
  const location = useLocation()
  const query = searchParams.get(searchParamNames.query) ?? ''
  const onQueryChange = (next: string) =>
    setSearchParams(next === '' ? {} : { [searchParamNames.query]: next }, {
      replace: true,
      preventScrollReset: true,
      state: TYPED_STATE,
    })
  return <SearchView query={query} queryWasTyped={isTyped(location.state)} onQueryChange={onQueryChange} />
}
