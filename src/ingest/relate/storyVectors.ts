/**
 * Article vectors for stories and related coverage: sublinear tf-idf over the article's features
 * (stemmed words and numbers of title and body, keywords, names, topics; articleFeatures.ts), each
 * kind weighted as FEATURE_WEIGHTS says. Site furniture is taken out per outlet: a feature found in
 * more than a fifth of one outlet's pages (its name, its sign-off, its template keywords) says
 * where the page comes from, not what it reports, so it weighs nothing on that outlet's pages.
 * Each article keeps its strongest features only, L2-normalized, in flat typed arrays (CSR).
 */
import { KIND_LETTERS, type PackedFeatures } from '../analyse/articleAnalysis.ts'
import { FEATURE_WEIGHTS, type FeatureKind } from '../analyse/articleFeatures.ts'

const KIND_OF_LETTER = new Map(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind as FeatureKind]))

export const VECTOR_LIMITS = {
  /** Features kept per article, the strongest: bounds memory and work at 100,000 articles. */
  maxFeatures: 100,
  /** An outlet's feature on more than this share of its pages is furniture… */
  furnitureShare: 0.2,
  /** …once the outlet has this many pages to tell. */
  furnitureMinPages: 20,
  /**
   * A name, keyword or number on more than this share of all pages anchors no link: in a corpus of
   * Saudi outlets الرياض or 2015 is on thousands of pages and tells nothing about what two share.
   */
  anchorMaxShare: 0.01,
  /**
   * …but a name on this few pages always anchors: in a corpus of a few hundred pages 1% is three
   * pages, and a club or a minister named on ten of them is still what those ten share (the
   * 300-article ANT sample kept similar links on 32 articles with a floor of 2).
   */
  anchorMinPages: 20,
} as const

/** Numbers of two digits or more (articleFeatures.ts keeps them as word features). */
const NUMBER_KEY = /^w:\d{2,}$/u

export interface VectorInput {
  readonly features: PackedFeatures
  readonly outlet: string | null
}

export interface StoryVectors {
  readonly start: Int32Array
  readonly ids: Int32Array
  readonly weights: Float32Array
  readonly vocabularySize: number
  /**
   * Per article, its anchors, sorted: the feature ids of its distinctive names, keywords and numbers
   * (not furniture, on at most VECTOR_LIMITS.anchorMaxShare of all pages). Related coverage of
   * another story must share one: a link made of common words alone is a look-alike, not context.
   */
  readonly anchors: readonly Int32Array[]
  /** Per article, its shown features (keywords, names, topics) as feature ids, with display forms and kinds. */
  readonly reasons: ReadonlyArray<{
    readonly ids: Int32Array
    readonly kinds: string
    readonly displays: readonly string[]
  }>
}

interface Unpacked {
  ids: Int32Array
  base: Float64Array
  kinds: string
}

const WEIGHT_OF_LETTER = new Map([...KIND_OF_LETTER].map(([letter, kind]) => [letter, FEATURE_WEIGHTS[kind]]))
/** 1 + ln(count) for the small counts nearly every feature has (the same doubles Math.log gives each time). */
const LOG_WEIGHT = Float64Array.from({ length: 64 }, (_, c) => 1 + Math.log(c))

/**
 * Per outlet, the features on more than VECTOR_LIMITS.furnitureShare of its pages (once it has
 * VECTOR_LIMITS.furnitureMinPages): counted an outlet at a time in one array over the vocabulary,
 * not in a map per outlet (30 million map updates at 100,000 articles).
 */
function outletFurniture(
  unpacked: ReadonlyArray<Unpacked | undefined>,
  outlets: ReadonlyArray<string | null>,
  vocabularySize: number,
): Map<string, ReadonlySet<number>> {
  const pagesOf = new Map<string, number[]>()
  outlets.forEach((outlet, i) => {
    if (outlet === null) return
    const pages = pagesOf.get(outlet)
    if (pages) pages.push(i)
    else pagesOf.set(outlet, [i])
  })
  const counts = new Int32Array(vocabularySize)
  const furniture = new Map<string, ReadonlySet<number>>()
  for (const [outlet, pages] of pagesOf) {
    if (pages.length < VECTOR_LIMITS.furnitureMinPages) continue
    const limit = VECTOR_LIMITS.furnitureShare * pages.length
    const found = new Set<number>()
    for (const i of pages)
      for (const id of unpacked[i]?.ids ?? []) {
        const seen = (counts[id] ?? 0) + 1
        counts[id] = seen
        if (seen > limit) found.add(id)
      }
    for (const i of pages) for (const id of unpacked[i]?.ids ?? []) counts[id] = 0
    furniture.set(outlet, found)
  }
  return furniture
}

export function buildStoryVectors(
  articles: readonly VectorInput[],
  anchorMaxShare: number = VECTOR_LIMITS.anchorMaxShare,
): StoryVectors {
  const vocabulary = new Map<string, number>()
  const df: number[] = []
  /** By feature id: 1 when the feature is a number (told once per feature, not once per page). */
  const isNumber: number[] = []
  const unpacked: Array<Unpacked | undefined> = articles.map(({ features }) => {
    const keys = features.keys.length === 0 ? [] : features.keys.split('\n')
    const ids = new Int32Array(keys.length)
    const base = new Float64Array(keys.length)
    keys.forEach((key, k) => {
      let id = vocabulary.get(key)
      if (id === undefined) {
        id = df.length
        vocabulary.set(key, id)
        df.push(0)
        isNumber.push(NUMBER_KEY.test(key) ? 1 : 0)
      }
      df[id] = (df[id] ?? 0) + 1
      ids[k] = id
      const count = features.counts[k] ?? 1
      base[k] =
        (WEIGHT_OF_LETTER.get(features.kinds[k] ?? '') ?? FEATURE_WEIGHTS.word) *
        (count >= 1 && count < LOG_WEIGHT.length ? (LOG_WEIGHT[count] as number) : 1 + Math.log(count))
    })
    return { ids, base, kinds: features.kinds }
  })
  const furnitureOf = outletFurniture(
    unpacked,
    articles.map((a) => a.outlet),
    df.length,
  )
  const n = articles.length
  const start = new Int32Array(n + 1)
  const ids: number[] = []
  const weights: number[] = []
  const reasons: StoryVectors['reasons'][number][] = []
  const anchors: Int32Array[] = []
  const anchorMaxDf = Math.max(VECTOR_LIMITS.anchorMinPages, anchorMaxShare * n)
  // One logarithm per feature, not one per feature on every page that has it.
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / (d || 1)))
  articles.forEach(({ outlet, features }, i) => {
    const u = unpacked[i] as Unpacked
    const furniture = outlet === null ? undefined : furnitureOf.get(outlet)
    const isFurniture = (id: number, kind: string) => kind !== KIND_LETTERS.topic && furniture?.has(id) === true
    const count = u.ids.length
    const weight = new Float64Array(count)
    const kept: number[] = []
    const shown: number[] = []
    const shownDisplays: string[] = []
    const anchorIds: number[] = []
    // Displays are listed for the features that are not words, in order (articleAnalysis.ts).
    let displayIndex = 0
    for (let k = 0; k < count; k++) {
      const id = u.ids[k] as number
      const kind = u.kinds[k] ?? ''
      const isPageFurniture = isFurniture(id, kind)
      const w = isPageFurniture ? 0 : (u.base[k] as number) * (idf[id] as number)
      weight[k] = w
      if (w > 0) kept.push(k)
      const anchorKind =
        kind === KIND_LETTERS.name ||
        kind === KIND_LETTERS.keyword ||
        (kind === KIND_LETTERS.word && isNumber[id] === 1)
      if (anchorKind && (df[id] ?? 0) <= anchorMaxDf && !isPageFurniture) anchorIds.push(id)
      if (kind === KIND_LETTERS.word) continue
      if (!isPageFurniture) {
        shown.push(k)
        shownDisplays.push(features.displays[displayIndex] ?? '')
      }
      displayIndex++
    }
    kept.sort((a, b) => (weight[b] as number) - (weight[a] as number) || (u.ids[a] as number) - (u.ids[b] as number))
    if (kept.length > VECTOR_LIMITS.maxFeatures) kept.length = VECTOR_LIMITS.maxFeatures
    let squares = 0
    for (const k of kept) squares += (weight[k] as number) ** 2
    const norm = Math.sqrt(squares) || 1
    for (const k of kept) {
      ids.push(u.ids[k] as number)
      weights.push((weight[k] as number) / norm)
    }
    start[i + 1] = ids.length
    anchors.push(Int32Array.from(anchorIds).sort())
    reasons.push({
      ids: Int32Array.from(shown, (k) => u.ids[k] ?? 0),
      kinds: shown.map((k) => u.kinds[k] ?? '').join(''),
      displays: shownDisplays,
    })
    unpacked[i] = undefined
  })
  return {
    start,
    ids: Int32Array.from(ids),
    weights: Float32Array.from(weights),
    vocabularySize: df.length,
    anchors,
    reasons,
  }
}
