import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '@/core/schema.ts'
import type { SearchAnswer } from '@/core/search/searchSession.ts'
import type { SearchEngine } from './searchEngine.ts'
import { firstAnswer, searchResultsQueryOptions } from './searchQueries.ts'

const summary = (n: number) => ({ id: `a-${n}` }) as unknown as ArticleSummary
const answer = (count: number, complete: boolean): SearchAnswer => ({
  query: 'نفط',
  total: 40,
  exact: true,
  articles: Array.from({ length: count }, (_, n) => summary(n)),
  hasMore: false,
  complete,
})

/** An engine that answers a first screen at once and the rest (or a failure) when told to. */
function engineAnsweringInTwo() {
  let finish: (outcome: 'answer' | 'fail') => void = () => {}
  const rest = new Promise<'answer' | 'fail'>((resolve) => (finish = resolve))
  const engine: SearchEngine = {
    processTerm: () => null,
    suggestions: [],
    async *search() {
      yield answer(6, false)
      if ((await rest) === 'fail') throw new Error('network down')
      yield answer(20, true)
    },
  }
  return { engine, finish: (outcome: 'answer' | 'fail') => finish(outcome) }
}

describe('a search query answered in two steps', () => {
  it('is the first screen at once, then the whole answer', async () => {
    const client = new QueryClient()
    const { engine, finish } = engineAnsweringInTwo()
    const options = searchResultsQueryOptions(engine, 'search/manifest.json', 'نفط', 20)
    await firstAnswer(client, options)
    expect(client.getQueryData(options.queryKey)).toMatchObject({ complete: false, articles: { length: 6 } })
    expect(client.getQueryState(options.queryKey)?.fetchStatus).toBe('fetching')
    finish('answer')
    await expect.poll(() => client.getQueryState(options.queryKey)?.fetchStatus).toBe('idle')
    expect(client.getQueryData(options.queryKey)).toMatchObject({ complete: true, articles: { length: 20 } })
  })

  it('keeps the first screen, with more to ask for, when the rest fails', async () => {
    const client = new QueryClient()
    const { engine, finish } = engineAnsweringInTwo()
    const options = searchResultsQueryOptions(engine, 'search/manifest.json', 'نفط', 20)
    const done = client.fetchQuery(options)
    await firstAnswer(client, options)
    finish('fail')
    expect(await done).toMatchObject({ complete: true, hasMore: true, articles: { length: 6 } })
    expect(client.getQueryState(options.queryKey)?.status).toBe('success')
  })

  it('fails when the search fails before any answer', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const engine: SearchEngine = {
      processTerm: () => null,
      suggestions: [],
      search: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('network down')) }) }),
    }
    await expect(
      client.fetchQuery(searchResultsQueryOptions(engine, 'search/manifest.json', 'نفط', 20)),
    ).rejects.toThrow('network down')
  })
})
