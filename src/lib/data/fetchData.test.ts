import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { DataError, NotFoundError } from './dataErrors.ts'
import { fetchData } from './fetchData.ts'

const schema = z.object({ title: z.string() })

function answer(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  )
}

afterEach(() => vi.unstubAllGlobals())

describe('reading the data contract', () => {
  it('returns the validated file', async () => {
    answer('{"title":"عنوان"}')
    await expect(fetchData('articles/x.json', schema)).resolves.toEqual({ title: 'عنوان' })
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/data/articles/x.json')
  })

  it('reports a missing file as NotFound, distinct from other failures', async () => {
    answer('', 404)
    await expect(fetchData('articles/gone.json', schema)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('reports a server error, a corrupt file and a contract mismatch as DataError', async () => {
    answer('oops', 500)
    await expect(fetchData('manifest.json', schema)).rejects.toBeInstanceOf(DataError)
    answer('<!doctype html><html></html>')
    await expect(fetchData('manifest.json', schema)).rejects.toBeInstanceOf(DataError)
    answer('{"title":42}')
    await expect(fetchData('manifest.json', schema)).rejects.toBeInstanceOf(DataError)
  })

  it('reports a network failure as DataError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(fetchData('manifest.json', schema)).rejects.toBeInstanceOf(DataError)
  })
})
