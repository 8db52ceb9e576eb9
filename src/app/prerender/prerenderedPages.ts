/**
 * Which addresses are prerendered, and the file each one is written to (docs/boot.md §1). Shared
 * by the build (prerenderPlugin.ts, renderWorker.ts) and the boot script (bootDocument.ts), which
 * must agree on where a filtered feed's page lies.
 */
import { searchParamNames } from '@/config/paths.ts'
import { isTopicId } from '@/core/ids.ts'

/** Feed filters are prerendered one topic at a time, beside the site's pages (no route uses this folder). */
export const FILTER_PAGES_FOLDER = 'feed-filters'

/**
 * The file in the built site for a prerendered address: `/articles/<id>` → `articles/<id>.html`,
 * answered at the clean address by hosts that try `$uri.html` (vite preview does). A one-topic
 * filter of the feed (`/?topic=<id>`) cannot be a file the host answers (hosts ignore the query
 * string), so the boot script fetches it from `feed-filters/<id>.html` instead.
 */
export function prerenderedFile(path: string): string {
  const url = new URL(path, 'http://prerender.invalid')
  if (url.pathname === '/' && url.search === '') return 'index.html'
  const topic = oneTopicFilter(url)
  if (topic !== null) return `${FILTER_PAGES_FOLDER}/${topic}.html`
  return `${url.pathname.slice(1)}.html`
}

/** The topic of `/?topic=<id>` (one well-formed topic, nothing else in the query), else null. */
export function oneTopicFilter(location: Pick<URL, 'pathname' | 'search'>): string | null {
  if (location.pathname !== '/') return null
  const params = new URLSearchParams(location.search)
  const topics = params.getAll(searchParamNames.topic)
  const [topic] = topics
  if (topics.length !== 1 || [...params.keys()].length !== 1 || topic === undefined || !isTopicId(topic)) return null
  return topic
}
