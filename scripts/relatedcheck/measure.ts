/**
 * The figures of issue 16, for articles whose labelled story has other members:
 * - first link same story: the first related link goes to a member of the article's story;
 * - one of first three: one of the first three links does;
 * - other story, same search words (the goal's figure): of all links from those articles, the
 *   share that go to an article outside the labelled story, sharing at least 3 of the source's 10
 *   strongest body terms (tf-idf), and sharing no distinctive name or number (anchors.ts): a link
 *   that looks like the story by its search words only. A link to another story about the same
 *   named people, places or figures is the context the issue asks for and is not counted;
 * - the same without the anchor test (`otherStorySameWordsAny`): every link outside the labelled
 *   story that shares 3 of the 10 search words, context links included. Kept as the first version
 *   of the check measured it. An unlabelled report of the story counts against in both, so both
 *   over-count rather than hide;
 * - no related link: of every article in the corpus, the share with no link at all.
 */
import type { StoryLabels } from './labels.ts'

export interface RelatedFigures {
  readonly sources: number
  readonly firstSame: number
  readonly topThreeSame: number
  readonly otherStorySameWords: number
  readonly otherStorySameWordsAny: number
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
  /** The article's distinctive names and numbers (anchors.ts). */
  readonly anchors: (id: string) => ReadonlySet<string>
}

const SEARCH_WORDS_SHARED = 3

/** A link to another story that shares the source's search words and none of its anchors (see above). */
export function isLookalike(
  from: string,
  to: string,
  searchWords: MeasureInput['searchWords'],
  anchors: MeasureInput['anchors'],
): boolean {
  const words = new Set(searchWords(from))
  if (searchWords(to).filter((w) => words.has(w)).length < SEARCH_WORDS_SHARED) return false
  const own = anchors(from)
  return ![...anchors(to)].some((a) => own.has(a))
}

export function measure({ links, labels, scored, allIds, searchWords, anchors }: MeasureInput): RelatedFigures {
  let sources = 0
  let firstSame = 0
  let topThree = 0
  let linkCount = 0
  let lookalikes = 0
  let sameWords = 0
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
      if (searchWords(to).filter((w) => words.has(w)).length < SEARCH_WORDS_SHARED) continue
      sameWords++
      if (isLookalike(id, to, searchWords, anchors)) lookalikes++
    }
  }
  const noLink = allIds.filter((id) => (links.get(id) ?? []).length === 0).length
  const pct = (x: number, of: number) => (of === 0 ? 0 : (100 * x) / of)
  return {
    sources,
    firstSame: pct(firstSame, sources),
    topThreeSame: pct(topThree, sources),
    otherStorySameWords: pct(lookalikes, linkCount),
    otherStorySameWordsAny: pct(sameWords, linkCount),
    noLink: pct(noLink, allIds.length),
    meanLinks: linkCount / Math.max(1, sources),
  }
}
