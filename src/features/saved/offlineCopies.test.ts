import { describe, expect, it } from 'vitest'
import { createDeviceStore } from '@/lib/storage.ts'
import { keepSavedOffline, type OfflineCopiesDeps } from './offlineCopies.ts'

const url = (id: string) => `/data/articles/${id}.json`

/** A cache and a network in memory; the network knows the ids given, and can be cut off. */
function fakeWorld(known: string[], cached: string[] = []) {
  const cache = new Map<string, string>(cached.map((id) => [url(id), 'read earlier']))
  const network = { online: true, requests: [] as string[] }
  const saved = createDeviceStore<{ id: string }[]>('test.saved', () => undefined, [])
  const copies = createDeviceStore<string[]>('test.copies', () => undefined, [])
  const deps: OfflineCopiesDeps = {
    saved,
    copies,
    openCache: async () => ({
      match: async (key) => (cache.has(String(key)) ? new Response(cache.get(String(key))) : undefined),
      put: async (key, response) => void cache.set(String(key), await response.text()),
      delete: async (key) => cache.delete(String(key)),
    }),
    fetch: async (requested) => {
      network.requests.push(requested)
      if (!network.online) throw new TypeError('offline')
      const id = /articles\/(.+)\.json$/.exec(requested)?.[1] ?? ''
      return known.includes(id) ? new Response(`{"id":"${id}"}`, { status: 200 }) : new Response('', { status: 404 })
    },
  }
  return { cache, network, saved, copies, deps }
}

describe('saved articles kept for offline reading', () => {
  it('caches an article when it is saved, and lets it go when it is unsaved', async () => {
    const world = fakeWorld(['iraq', 'algeria'])
    const keeper = keepSavedOffline(world.deps)
    world.saved.set([{ id: 'iraq' }])
    await keeper.settled()
    expect(world.cache.get(url('iraq'))).toBe('{"id":"iraq"}')
    expect(world.copies.get()).toEqual(['iraq'])
    world.saved.set([])
    await keeper.settled()
    expect(world.cache.has(url('iraq'))).toBe(false)
    expect(world.copies.get()).toEqual([])
    keeper.stop()
  })

  it('keeps an article read before it was saved when it is unsaved, and does not fetch it again', async () => {
    const world = fakeWorld(['iraq'], ['iraq'])
    const keeper = keepSavedOffline(world.deps)
    world.saved.set([{ id: 'iraq' }])
    world.saved.set([])
    await keeper.settled()
    expect(world.cache.get(url('iraq'))).toBe('read earlier')
    expect(world.network.requests).toEqual([])
    keeper.stop()
  })

  it('fetches at start what was saved while offline, and skips what the server no longer has', async () => {
    const world = fakeWorld(['iraq'])
    world.network.online = false
    const first = keepSavedOffline(world.deps)
    world.saved.set([{ id: 'iraq' }, { id: 'gone' }])
    await first.settled()
    expect(world.cache.size).toBe(0)
    first.stop()

    world.network.online = true
    const next = keepSavedOffline(world.deps)
    await next.settled()
    expect([...world.cache.keys()]).toEqual([url('iraq')])
    expect(world.copies.get()).toEqual(['iraq'])
    next.stop()
  })
})
