import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { DataError } from './dataErrors.ts'
import { fetchData } from './fetchData.ts'

const schema = z.object({ title: z.string() })

afterEach(() => vi.unstubAllGlobals())

describe('a schema that loads on demand', () => {
  it('validates as a schema given up front does', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"title":"عنوان"}')),
    )
    await expect(fetchData('manifest.json', async () => schema)).resolves.toEqual({ title: 'عنوان' })
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"title":42}')),
    )
    const error = await fetchData('manifest.json', async () => schema).catch((e: unknown) => e)
    expect((error as DataError).kind).toBe('corrupt')
  })

  it('starts loading before the answer arrives, so the two overlap', async () => {
    const events: string[] = []
    let answer: (response: Response) => void = () => undefined
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    )
    const pending = fetchData('manifest.json', async () => {
      events.push('schema requested')
      return schema
    })
    await Promise.resolve()
    events.push('answer')
    answer(new Response('{"title":"عنوان"}'))
    await expect(pending).resolves.toEqual({ title: 'عنوان' })
    expect(events).toEqual(['schema requested', 'answer'])
  })

  it('fails as a network error, to be retried, when the validator cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"title":"عنوان"}')),
    )
    const error = await fetchData('manifest.json', () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).kind).toBe('network')
  })

  it('reports a missing file as such even when the validator could not load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    )
    const error = await fetchData('articles/gone.json', () => Promise.reject(new TypeError('offline'))).catch(
      (e: unknown) => e,
    )
    expect((error as Error).name).toBe('NotFoundError')
  })
})
