import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DataError } from './dataErrors.ts'
import { fetchData } from './fetchData.ts'

const schema = z.object({ title: z.string() })

/** A fetch that never answers, and gives up only when its signal aborts (as a browser's does). */
function hangingFetch() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        )
      }),
  )
}

/** Headers arrive at once; the body starts and then stalls until the request is aborted. */
function stallingBodyFetch() {
  return vi.fn(async (_url: string, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title":'))
        init?.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('The operation was aborted.', 'AbortError')),
        )
      },
    })
    return new Response(body, { status: 200 })
  })
}

afterEach(() => vi.unstubAllGlobals())

describe('a data request that never completes', () => {
  it('fails as a timeout when no answer comes', async () => {
    vi.stubGlobal('fetch', hangingFetch())
    const error = await fetchData('manifest.json', schema, undefined, { timeoutMs: 30 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).kind).toBe('timeout')
  })

  it('fails as a timeout when the body stops halfway', async () => {
    vi.stubGlobal('fetch', stallingBodyFetch())
    const error = await fetchData('feed/all/1.json', schema, undefined, { timeoutMs: 30 }).catch((e: unknown) => e)
    expect((error as DataError).kind).toBe('timeout')
  })

  it('passes the caller’s own abort through untouched (not an error to show)', async () => {
    vi.stubGlobal('fetch', hangingFetch())
    const caller = new AbortController()
    const pending = fetchData('manifest.json', schema, caller.signal, { timeoutMs: 10_000 })
    caller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(DataError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('does not time out an answer that arrives in time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"title":"عنوان"}')),
    )
    await expect(fetchData('manifest.json', schema, undefined, { timeoutMs: 1_000 })).resolves.toEqual({
      title: 'عنوان',
    })
  })
})

describe('what kind of failure', () => {
  it.each([
    ['a server error', () => new Response('oops', { status: 500 }), 'server'],
    ['a truncated file', () => new Response('{"title":"عنو'), 'corrupt'],
    ['a contract mismatch', () => new Response('{"title":42}'), 'corrupt'],
  ] as const)('%s is kind %s', async (_name, answer, kind) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer()),
    )
    const error = await fetchData('manifest.json', schema).catch((e: unknown) => e)
    expect((error as DataError).kind).toBe(kind)
  })

  it('a refused connection is kind network', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const error = await fetchData('manifest.json', schema).catch((e: unknown) => e)
    expect((error as DataError).kind).toBe('network')
  })
})
