import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchOrder } from '../search/searchIndex.ts'
import { syntheticArticles } from '../testing/syntheticSearchSources.ts'
import { searchIndexThread } from './searchThread.ts'

const articles = [...syntheticArticles(600, 5)].sort(searchOrder)

describe('the search index thread', () => {
  it('answers with the same files as the index built in this thread', () => {
    const thread = searchIndexThread([['أفريكوم', 'AFRICOM']])
    for (const article of articles) thread.add(article)
    const answer = thread.finish(['العراق'])
    const here = buildSearchIndex(articles, [['أفريكوم', 'AFRICOM']], ['العراق'])
    expect([...answer.files]).toEqual([...here.files])
    expect(answer.manifestEntry).toEqual(here.manifestEntry)
  }, 30_000)

  it("fails the run with the worker's error instead of waiting for ever", () => {
    const [newer, older] = articles
    if (!newer || !older) throw new Error('the synthetic articles are missing')
    const thread = searchIndexThread([])
    thread.add(older)
    thread.add(newer)
    expect(() => thread.finish([])).toThrow(/search index thread failed: .*out of order/s)
  }, 30_000)

  it('lets a run that fails before asking for the index exit', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/testing/searchThreadAbandonedChild.ts'], {
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(child.stdout).toBe('handed over\n')
    expect(child.signal).toBeNull()
    expect(child.status).toBe(0)
  }, 30_000)
})
