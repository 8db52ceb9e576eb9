/**
 * Every URL of the app (docs/app.md): route patterns for the router and `getHref` helpers for links,
 * so no component spells a URL by hand. The search-parameter names are part of the contract too:
 * bookmarks and tests use them.
 */
import { isTopicId } from '@/core/ids.ts'

export const searchParamNames = {
  /** Feed filter, repeatable: `/?topic=a&topic=b`. */
  topic: 'topic',
  /** Feed paging: how many rounds of "load more" the reader has opened (1 = first page). */
  page: 'page',
  /** The list an article was opened from (`all` or topic ids, repeatable), for previous/next. */
  from: 'from',
  /** The search query. */
  query: 'q',
} as const

export const ALL_LIST = 'all'

function withSearch(pathname: string, params: URLSearchParams): string {
  const search = params.toString()
  return search === '' ? pathname : `${pathname}?${search}`
}

function repeated(name: string, values: readonly string[]): URLSearchParams {
  const params = new URLSearchParams()
  for (const value of values) params.append(name, value)
  return params
}

/** Page 1 is the default and stays out of the URL. */
function pageParams(page: number): URLSearchParams {
  return new URLSearchParams(page > 1 ? { [searchParamNames.page]: String(page) } : {})
}

export const paths = {
  home: {
    path: '/',
    getHref: (topics: readonly string[] = [], page = 1) => {
      const params = repeated(searchParamNames.topic, topics)
      for (const [name, value] of pageParams(page)) params.set(name, value)
      return withSearch('/', params)
    },
  },
  topic: {
    path: '/topics/:topicId',
    getHref: (topicId: string, page = 1) => withSearch(`/topics/${encodeURIComponent(topicId)}`, pageParams(page)),
  },
  article: {
    path: '/articles/:id',
    /**
     * `from` is the list the link sits in: `['all']`, one topic id, or the topics of a filter;
     * `query` the search that led there, whose matches the article highlights.
     */
    getHref: (id: string, from: readonly string[] = [], query = '') => {
      const params = repeated(searchParamNames.from, from)
      if (query.trim() !== '') params.set(searchParamNames.query, query)
      return withSearch(`/articles/${encodeURIComponent(id)}`, params)
    },
  },
  search: {
    path: '/search',
    getHref: (query: string) => withSearch('/search', new URLSearchParams({ [searchParamNames.query]: query })),
  },
  saved: { path: '/saved', getHref: () => '/saved' },
  settings: { path: '/settings', getHref: () => '/settings' },
  notFound: { path: '*' },
} as const

/** More rounds than this in a hand-edited `?page=` would only make the page slow. */
const MAX_PAGE = 100

/** `?page=`: a whole number from 1; anything else is the first page. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get(searchParamNames.page))
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1
}

/** Repeatable list ids (`?topic=`, `?from=`), keeping only well-formed ones, once each. */
export function readListIds(
  params: URLSearchParams,
  name: typeof searchParamNames.topic | typeof searchParamNames.from,
): string[] {
  return [...new Set(params.getAll(name))].filter(isTopicId)
}
