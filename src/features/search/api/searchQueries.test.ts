import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '@/core/schema.ts'
import type { SearchAnswer } from '@/core/search/searchSession.ts'
import type { SearchEngine } from './searchEngine.ts'
import { searchResultsQueryOptions } from './searchQueries.ts'

const summary = (n: number) => ({ id: `a-${n}` }) as unknown as ArticleSummary
const answer = (count: number, complete: boolean): SearchAnswer => ({
  query: 'نفط',
  total: 40,
  exact: true,
  articles: Array.from({ length: count }, (_, n) => summary(n)),
  hasMore: false,
  complete,
})

/** An engine that answers a first screen at once and the rest when told to. */
function engineAnsweringInTwo() {
  let finish: (outcome: 'answer' | 'fail') => void = () => {}
  const engine: SearchEngine = {
    processTerm: () => null,
    suggestions: [],
    search: (_query, _limit, firstScreen) =>
      new Promise((resolve, reject) => {
        firstScreen?.(answer(6, false))
        finish = (outcome) => (outcome === 'answer' ? resolve(answer(20, true)) : reject(new Error('network down')))
      }),
  }
  return { engine, finish: (outcome: 'answer' | 'fail') => finish(outcome) }
}

describe('a search query answered in two steps', () => {
  it('is the first screen at once, then the whole answer', async () => {
    const client = new QueryClient()
    const { engine, finish } = engineAnsweringInTwo()
    const options = searchResultsQueryOptions(engine, 'search/manifest.json', 'نفط', 20)
    expect(await client.fetchQuery(options)).toMatchObject({ complete: false, articles: { length: 6 } })
    finish('answer')
    await expect.poll(() => client.getQueryData(options.queryKey)?.articles.length).toBe(20)
    expect(client.getQueryData(options.queryKey)?.complete).toBe(true)
  })

  it('keeps the first screen, with more to ask for, when the rest fails', async () => {
    const client = new QueryClient()
    const { engine, finish } = engineAnsweringInTwo()
    const options = searchResultsQueryOptions(engine, 'search/manifest.json', 'نفط', 20)
    await client.fetchQuery(options)
    finish('fail')
    await expect.poll(() => client.getQueryData(options.queryKey)?.complete).toBe(true)
    expect(client.getQueryData(options.queryKey)).toMatchObject({ hasMore: true, articles: { length: 6 } })
  })
})
