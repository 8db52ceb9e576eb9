import { describe, expect, it } from 'vitest'
import { POOL_A } from './furniture/poolA.ts'
import { POOL_B } from './furniture/poolB.ts'
import { buildHtmlPage } from './kinds/htmlPage.ts'
import { buildPlainArticle } from './kinds/plainArticle.ts'
import { buildRecords } from './kinds/records.ts'
import { buildSeedPage } from './kinds/seedPage.ts'
import { buildWebDump, sentenceLines } from './kinds/webDump.ts'
import type { BuildContext } from './kinds/context.ts'
import { seededRandom } from './random.ts'
import { wordString } from './text.ts'
import { testArticles } from './testing/articles.ts'
import type { BuiltPage, Half } from './truth.ts'

function context(seed: number, half: Half = 'tune'): BuildContext {
  return {
    half,
    pool: half === 'tune' ? POOL_A : POOL_B,
    random: seededRandom(seed),
    take: testArticles(),
    stem: `p${seed}`,
  }
}

const BUILDERS = {
  seed: buildSeedPage,
  webdump: buildWebDump,
  plain: buildPlainArticle,
  html: buildHtmlPage,
  records: buildRecords,
}

function pages(build: (c: BuildContext) => BuiltPage, half: Half = 'tune'): BuiltPage[] {
  return Array.from({ length: 60 }, (_, i) => build(context(i + 1, half)))
}

/** Every word of every truth title and paragraph is on the page (HTML and JSON escapes aside). */
function pageHolds(page: BuiltPage, text: string): boolean {
  return wordString(page.text.replace(/&quot;/gu, '"').replace(/\\n/gu, '\n')).includes(wordString(text))
}

describe.each(Object.entries(BUILDERS))('%s pages', (_kind, build) => {
  it("hold each truth article's title and paragraphs, and every furniture line", () => {
    for (const page of pages(build)) {
      expect(page.articles.length).toBeGreaterThan(0)
      for (const article of page.articles) {
        expect(pageHolds(page, article.title)).toBe(true)
        for (const paragraph of article.body) expect(pageHolds(page, paragraph)).toBe(true)
      }
      for (const line of page.furniture) expect(page.text).toContain(line)
    }
  })
  it('are the same for the same seed', () => {
    expect(build(context(7))).toEqual(build(context(7)))
  })
})

describe('furniture pools', () => {
  it('share no wording: the held half meets none of the tuned lines', () => {
    const held = pages(buildSeedPage, 'held').concat(pages(buildWebDump, 'held'))
    const tuneLines = new Set(
      pages(buildSeedPage)
        .concat(pages(buildWebDump))
        .flatMap((p) => p.furniture),
    )
    // Titles of other articles recur in both (same made-up articles); furniture wordings must not.
    const titles = new Set(held.flatMap((p) => p.articles.map((a) => a.title)).concat(testTitles()))
    const shared = held
      .flatMap((p) => p.furniture)
      .filter((line) => tuneLines.has(line) && !titles.has(line) && !/^(?:تاريخ النشر|About Post Author)/u.test(line))
    expect(shared).toEqual([])
  })
})

function testTitles(): string[] {
  const take = testArticles()
  return Array.from({ length: 4 }, () => take().title)
}

describe('seed pages', () => {
  it('use 0 to 4 embedded articles and all three read-also layouts', () => {
    const built = pages(buildSeedPage)
    const counts = new Set(built.map((p) => p.articles.length - 1))
    expect([...counts].sort()).toEqual([0, 1, 2, 3, 4])
    for (const layout of ['header-each', 'one-header-promos', 'one-header-bare', 'title-list']) {
      expect(built.some((p) => p.variant.includes(layout))).toBe(true)
    }
  })
  it("give the promo's outlet to the embedded article the promo closes", () => {
    const page = pages(buildSeedPage).find((p) => p.variant.includes('one-header-promos') && p.articles.length > 1)
    const embedded = page?.articles[1]
    expect(embedded?.outlet).toBeTruthy()
    expect(page?.furniture.some((line) => POOL_A.promos.some((promo) => promo(embedded?.outlet ?? '') === line))).toBe(
      true,
    )
  })
})

describe('web dumps', () => {
  it('split a paragraph into one sentence a line with spaced punctuation', () => {
    expect(sentenceLines('قال الوزير، إن الخطة جاهزة. وأضاف: سنبدأ غدا!')).toEqual([
      'قال الوزير ، إن الخطة جاهزة.',
      'وأضاف : سنبدأ غدا!',
    ])
  })
})

describe('records', () => {
  it('are valid JSON with one truth article per record', () => {
    for (const page of pages(buildRecords)) {
      const records = page.fileName.endsWith('.jsonl')
        ? page.text
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as unknown)
        : [JSON.parse(page.text) as unknown].flat()
      expect(records).toHaveLength(page.articles.length)
    }
  })
})

describe('html pages', () => {
  it('escape the article text and carry the title in the head', () => {
    const page = buildHtmlPage(context(3))
    expect(page.text.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(page.text).toContain(`<h1>${page.articles[0]?.title}</h1>`)
  })
})
