import { vi } from 'vitest'
import { SCHEMA_VERSION, type ArticleSummary } from '@/core/schema.ts'

/** Serves a fake data folder through a stubbed `fetch`: a manifest and the given lists, paged. */
export function serveFeedLists(lists: Record<string, ArticleSummary[]>, pageSize = 2) {
  const files = new Map<string, unknown>()
  const listEntries = Object.entries(lists).map(([id, items]) => {
    const pageCount = Math.ceil(items.length / pageSize)
    for (let page = 1; page <= pageCount; page++) {
      const pageItems = items.slice((page - 1) * pageSize, page * pageSize)
      files.set(`/data/feed/${id}/${page}.json`, { list: id, page, pageCount, items: pageItems })
    }
    return { id, count: items.length, pageCount }
  })
  files.set('/data/manifest.json', {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: '2024-09-30T00:00:00Z',
    articleCount: 0,
    topics: [],
    feed: { pageSize, lists: listEntries },
  })
  const fetchMock = vi.fn(async (url: string) => {
    const body = files.get(url)
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body))
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
