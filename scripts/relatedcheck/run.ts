/**
 * The related-articles check of issue 16 on SaudiNewsNet (`.corpora/saudinewsnet/json`):
 *
 *   npx tsx scripts/relatedcheck/run.ts [--half tune|held] [--titles] [--systems stories,tfidf] [--json]
 *
 * Labels stories (labels.ts), computes each system's links over every article, and prints the
 * figures (measure.ts) for the chosen half (default: tune; the held half is for reporting only).
 * Titles are masked unless --titles: headline labels would otherwise make the title an oracle.
 */
import { distinctiveAnchors } from './anchors.ts'
import { handEstimate, type HandEstimate } from './handLabels.ts'
import { isHeld, labelStories } from './labels.ts'
import { measure, type RelatedFigures } from './measure.ts'
import { loadSnn, snnPresent } from './snn.ts'
import { SYSTEMS, type SystemName } from './systemList.ts'
import { baselineModel } from './systems.ts'

export interface CheckResult {
  readonly articles: number
  readonly labelledArticles: number
  readonly stories: number
  readonly half: 'tune' | 'held'
  readonly withTitles: boolean
  readonly rewordedStories: number
  /** `reworded`: the same figures for stories told in other words only (no wire copy among them). */
  readonly figures: ReadonlyArray<{
    system: SystemName
    figures: RelatedFigures
    reworded: RelatedFigures
    /** The look-alike figure corrected by the links read by hand (handLabels.ts), when any are still made. */
    handRead: HandEstimate | null
    seconds: number
  }>
}

export function relatedCheck(
  half: 'tune' | 'held',
  withTitles: boolean,
  systems: readonly SystemName[] = Object.keys(SYSTEMS) as SystemName[],
): CheckResult {
  const articles = loadSnn()
  const labels = labelStories(articles)
  const model = baselineModel(articles, false)
  const index = new Map(articles.map((a, i) => [a.id, i]))
  const searchWords = (id: string) => model.topTerms(index.get(id) ?? 0, 10)
  const anchorSets = distinctiveAnchors(articles)
  const none: ReadonlySet<string> = new Set()
  const anchors = (id: string) => anchorSets.get(id) ?? none
  const scored = (story: string) => isHeld(story) === (half === 'held')
  const stories = [...labels.members.keys()].filter(scored).length
  const figures = systems.map((system) => {
    const started = performance.now()
    const links = SYSTEMS[system](articles, withTitles)
    const seconds = (performance.now() - started) / 1000
    const allIds = articles.map((a) => a.id)
    const rewordedOnly = (story: string) => scored(story) && labels.rewordedStories.has(story)
    const figures = measure({ links, labels, scored, allIds, searchWords, anchors })
    return {
      system,
      seconds,
      figures,
      // The sample is of the stories' links: another system's links only overlap it by chance.
      handRead: system === 'stories' ? handEstimate(half, links, figures.otherStorySameWords) : null,
      reworded: measure({ links, labels, scored: rewordedOnly, allIds, searchWords, anchors }),
    }
  })
  const rewordedStories = [...labels.rewordedStories].filter(scored).length
  return {
    articles: articles.length,
    labelledArticles: labels.storyOf.size,
    stories,
    rewordedStories,
    half,
    withTitles,
    figures,
  }
}

function main(): void {
  if (!snnPresent()) {
    console.log('SaudiNewsNet is not at .corpora/saudinewsnet/json: nothing to check')
    return
  }
  const args = process.argv.slice(2)
  const half = args.includes('--half') && args[args.indexOf('--half') + 1] === 'held' ? 'held' : 'tune'
  const only = args.includes('--systems')
    ? (args[args.indexOf('--systems') + 1] ?? '').split(',').filter((s): s is SystemName => s in SYSTEMS)
    : undefined
  const result = relatedCheck(half, args.includes('--titles'), only)
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2))
    return
  }
  console.log(
    `${result.articles} articles, ${result.labelledArticles} in labelled stories; ${result.half} half: ${result.stories} stories; titles ${result.withTitles ? 'shown' : 'masked'}`,
  )
  const line = (f: RelatedFigures) =>
    `first same ${f.firstSame.toFixed(1)}%  top-3 same ${f.topThreeSame.toFixed(1)}%  other story same words only ${f.otherStorySameWords.toFixed(1)}% (any ${f.otherStorySameWordsAny.toFixed(1)}%)  no link ${f.noLink.toFixed(1)}%  links/article ${f.meanLinks.toFixed(2)}  (${f.sources} sources)`
  for (const { system, figures, reworded, handRead, seconds } of result.figures) {
    console.log(`${system.padEnd(9)} all      ${line(figures)}  ${seconds.toFixed(1)} s`)
    console.log(`${''.padEnd(9)} reworded ${line(reworded)}`)
    if (handRead)
      console.log(
        `${''.padEnd(9)} read by hand: ${handRead.other} other event, ${handRead.unsure} unsure of ${handRead.read} look-alikes → ${handRead.percent.toFixed(1)}% (${handRead.low.toFixed(1)}–${handRead.high.toFixed(1)}%)`,
      )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
