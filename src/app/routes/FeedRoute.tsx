import { useNavigate, useSearchParams } from 'react-router'
import { FeedView } from '@/features/feed/components/FeedView.tsx'
import { paths, readListIds, readPage } from '@/config/paths.ts'

/**
 * `/?topic=a&topic=b&page=2`: the URL holds the filter and paging, the one place they live, so
 * reload, back and sharing keep them; a chip press or "load more" changes the URL, and the page
 * follows it.
 */
export function FeedRoute() {
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const topics = readListIds(searchParams, 'topic')
  const page = readPage(searchParams)
  // Same page, new state: replace the entry and keep the scroll position.
  const go = (href: string) => void navigate(href, { replace: true, preventScrollReset: true })
  return (
    <FeedView
      topics={topics}
      page={page}
      onTopicsChange={(next) => go(paths.home.getHref(next))}
      onPageChange={(next) => go(paths.home.getHref(topics, next))}
    />
  )
}
