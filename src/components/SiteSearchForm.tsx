import { useMatch, useNavigate } from 'react-router'
import { paths } from '@/config/paths.ts'
import { SearchField } from './SearchField.tsx'

/**
 * The masthead's search field (`/` focuses it): submitting opens `/search?q=`. The search page has
 * its own field, where results follow each keystroke, so this one steps aside there.
 */
export function SiteSearchForm() {
  const navigate = useNavigate()
  const onSearchPage = useMatch(paths.search.path) !== null
  if (onSearchPage) return null
  return <SearchField variant="masthead" onSearch={(text) => void navigate(paths.search.getHref(text.trim()))} />
}
