/**
 * The figures of issue 16, for articles whose labelled story has other members:
 * - first link same story: the first related link goes to a member of the article's story;
 * - one of first three: one of the first three links does;
 * - other story, same search words: of all links from those articles, the share that go to an
 *   article outside the labelled story yet sharing at least 3 of the source's 10 strongest body
 *   terms (tf-idf): a link that looks like the story by its search words but is not it (an
 *   unlabelled copy of the story counts against, so this over-counts rather than hides);
 * - no related link: of every article in the corpus, the share with no link at all.
 */
import type { StoryLabels } from './labels.ts'

export interface RelatedFigures {
  readonly sources: number
  readonly firstSame: number
  readonly topThreeSame: number
  readonly otherStorySameWords: number
  readonly noLink: number
  readonly meanLinks: number
}

export interface MeasureInput {
  /** Article id → its related article ids, in the order the reader sees them. */
  readonly links: ReadonlyMap<string, readonly string[]>
  readonly labels: StoryLabels
  /** Which labelled stories are scored (one half). */
  readonly scored: (storyId: string) => boolean
  readonly allIds: readonly string[]
  readonly searchWords: (id: string) => readonly string[]
}

const SEARCH_WORDS_SHARED = 3

export function measure({ links, labels, scored, allIds, searchWords }: MeasureInput): RelatedFigures {
  let sources = 0
  let firstSame = 0
  let topThree = 0
  let linkCount = 0
  let lookalikes = 0
  for (const id of allIds) {
    const story = labels.storyOf.get(id)
    if (story === undefined || !scored(story)) continue
    sources++
    const list = links.get(id) ?? []
    const same = (to: string) => labels.storyOf.get(to) === story
    if (list[0] !== undefined && same(list[0])) firstSame++
    if (list.slice(0, 3).some(same)) topThree++
    const words = new Set(searchWords(id))
    for (const to of list) {
      linkCount++
      if (same(to)) continue
      if (searchWords(to).filter((w) => words.has(w)).length >= SEARCH_WORDS_SHARED) lookalikes++
    }
  }
  const noLink = allIds.filter((id) => (links.get(id) ?? []).length === 0).length
  const pct = (x: number, of: number) => (of === 0 ? 0 : (100 * x) / of)
  return {
    sources,
    firstSame: pct(firstSame, sources),
    topThreeSame: pct(topThree, sources),
    otherStorySameWords: pct(lookalikes, linkCount),
    noLink: pct(noLink, allIds.length),
    meanLinks: linkCount / Math.max(1, sources),
  }
}
