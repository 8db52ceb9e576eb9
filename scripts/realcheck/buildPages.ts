/** Builds each half's pages of one kind, each from its own seeded generator and article order. */
import { POOL_A } from './furniture/poolA.ts'
import { POOL_B } from './furniture/poolB.ts'
import { POOL_C } from './furniture/poolC.ts'
import { POOL_D } from './furniture/poolD.ts'
import { POOL_E } from './furniture/poolE.ts'
import { POOL_F } from './furniture/poolF.ts'
import { POOL_G } from './furniture/poolG.ts'
import { POOL_H } from './furniture/poolH.ts'
import { POOL_I } from './furniture/poolI.ts'
import { POOL_J } from './furniture/poolJ.ts'
import { POOL_K } from './furniture/poolK.ts'
import type { FurniturePool } from './furniture/pool.ts'
import { buildHtmlPage } from './kinds/htmlPage.ts'
import { buildPlainArticle } from './kinds/plainArticle.ts'
import { buildRecords } from './kinds/records.ts'
import { buildSeedPage } from './kinds/seedPage.ts'
import { buildWebDump } from './kinds/webDump.ts'
import type { BuildContext } from './kinds/context.ts'
import { hashText, seededRandom, shuffled } from './random.ts'
import type { SourceArticle } from './sources.ts'
import type { BuiltPage, Half, PageKind } from './truth.ts'

const BUILDERS: Readonly<Record<PageKind, (context: BuildContext) => BuiltPage>> = {
  seed: buildSeedPage,
  webdump: buildWebDump,
  plain: buildPlainArticle,
  html: buildHtmlPage,
  records: buildRecords,
}

/** The tune half's pools, by name: each page takes the next in turn. */
export const TUNE_POOLS: Readonly<Record<string, FurniturePool>> = {
  A: POOL_A,
  C: POOL_C,
  D: POOL_D,
  E: POOL_E,
  F: POOL_F,
  G: POOL_G,
  H: POOL_H,
  I: POOL_I,
  J: POOL_J,
  K: POOL_K,
}

export function buildPages(
  kind: PageKind,
  half: Half,
  articles: readonly SourceArticle[],
  count: number,
  seed: number,
  tunePools: readonly FurniturePool[] = Object.values(TUNE_POOLS),
): BuiltPage[] {
  if (articles.length === 0) throw new Error(`no ${half} articles to build ${kind} pages from`)
  // Each kind walks the half's articles in its own order, so choosing --kind never changes a page.
  const order = shuffled(articles, seededRandom(hashText(`${seed}:${kind}:${half}`)))
  let next = 0
  const take = (): SourceArticle => order[next++ % order.length] as SourceArticle
  const poolOf = (i: number) => (half === 'held' ? POOL_B : (tunePools[i % tunePools.length] ?? POOL_A))
  return Array.from({ length: count }, (_, i) =>
    BUILDERS[kind]({
      half,
      pool: poolOf(i),
      random: seededRandom(hashText(`${seed}:${kind}:${half}:${i}`)),
      take,
      stem: `${kind}-${half}-${String(i).padStart(4, '0')}`,
    }),
  )
}
