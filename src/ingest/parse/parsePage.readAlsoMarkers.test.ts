/**
 * Thousands of read-also markers in one page cost time in proportion to their number, not its
 * square: 10× the markers must cost well under 100× the time (quadratic) — the bound is 30×, since
 * timings are noisy; linear work measures about 10×. Each size is timed in CPU time, as the best of
 * a few runs in one process, so the ratio compares like with like.
 */
import { describe, expect, it } from 'vitest'
import { plainArticle } from '@/corpus/hostile/goodPages.ts'
import { assembleCorpus } from '../assemble/corpus.ts'
import { pageFromBytes } from '../input/readPage.ts'

const MAX_RATIO = 30
/** Wall-clock limit: the ratio is measured in CPU time, but a loaded machine stretches the wall. */
const WALL_LIMIT_MS = 120_000

/** CPU milliseconds (not wall time, which other processes on a shared machine stretch), best of `runs`. */
function bestOf(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage()
    work()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/** Parse the page and fold it into a corpus (where read-also links are resolved). */
function ingestPage(text: string): number {
  const page = pageFromBytes(Buffer.from(text))
  assembleCorpus([{ file: 'page.txt', page }])
  return page.status === 'ok' ? page.readAlso.length : -1
}

describe('a page with thousands of read-also markers', () => {
  it(
    '10,000 headline markers: all kept as links, in linear time',
    () => {
      const page = (n: number) =>
        [plainArticle(1, 1), ...Array.from({ length: n }, (_, i) => `إقرأ أيضاً: عنوان خبر ذي صلة رقم ${i + 1}`)].join(
          '\n',
        )
      const [small, large] = [page(1_000), page(10_000)]
      expect(ingestPage(large)).toBe(10_000)
      const [t10k, t1k] = [bestOf(3, () => ingestPage(large)), bestOf(3, () => ingestPage(small))]
      console.info(
        `read-also headline markers: 1,000 in ${t1k.toFixed(0)} ms, 10,000 in ${t10k.toFixed(0)} ms (×${(t10k / t1k).toFixed(1)})`,
      )
      expect(t10k / t1k).toBeLessThan(MAX_RATIO)
    },
    WALL_LIMIT_MS,
  )

  it(
    '3,000 embedded read-also articles: all parsed, in linear time',
    () => {
      const page = (n: number) =>
        [plainArticle(1, 1), ...Array.from({ length: n }, (_, i) => `إقرأ أيضاً:\n${plainArticle(2, i)}`)].join('\n')
      const [small, large] = [page(300), page(3_000)]
      expect(ingestPage(large)).toBe(3_000)
      const [t3k, t300] = [bestOf(2, () => ingestPage(large)), bestOf(2, () => ingestPage(small))]
      console.info(
        `embedded read-also articles: 300 in ${t300.toFixed(0)} ms, 3,000 in ${t3k.toFixed(0)} ms (×${(t3k / t300).toFixed(1)})`,
      )
      expect(t3k / t300).toBeLessThan(MAX_RATIO)
    },
    WALL_LIMIT_MS,
  )

  it(
    '10,000 bare markers: one warning each is not a crash, and the main article is kept',
    () => {
      const page = pageFromBytes(Buffer.from(`${plainArticle(1, 1)}${'\nإقرأ أيضاً:'.repeat(10_000)}`))
      expect(page.status).toBe('ok')
      expect(page.status === 'ok' && page.articles).toHaveLength(1)
    },
    WALL_LIMIT_MS,
  )
})
