/**
 * Tuning the related links on the tune half only (the held half is for reporting, run.ts):
 *
 *   npx tsx scripts/relatedcheck/tune.ts
 *
 * Loads the corpus, its labels, search words and anchors, and each article's features once, then
 * relates the articles under each setting of TUNINGS and prints the tune-half figures. Titles masked.
 */
import { relateArticles } from '@/ingest/relate/relateArticles.ts'
import type { RelateTuning } from '@/ingest/relate/settings.ts'
import { relatedIds } from '@/ingest/relate/relatedList.ts'
import { distinctiveAnchors } from './anchors.ts'
import { handLabelled } from './handLabels.ts'
import { isHeld, labelStories } from './labels.ts'
import { measure, type RelatedFigures } from './measure.ts'
import { loadSnn, snnPresent } from './snn.ts'
import { baselineModel, relateInputs } from './systems.ts'

const TUNINGS: RelateTuning[] = JSON.parse(
  process.argv[2] ?? '[{"minScore":0.05,"needsAnchor":true,"anchorMaxShare":0.01}]',
) as RelateTuning[]

function main(): void {
  if (!snnPresent()) {
    console.log('SaudiNewsNet is not at .corpora/saudinewsnet/json: nothing to tune')
    return
  }
  const articles = loadSnn()
  const labels = labelStories(articles)
  const model = baselineModel(articles, false)
  const index = new Map(articles.map((a, i) => [a.id, i]))
  const searchWords = (id: string) => model.topTerms(index.get(id) ?? 0, 10)
  const anchorSets = distinctiveAnchors(articles)
  const none: ReadonlySet<string> = new Set()
  const anchors = (id: string) => anchorSets.get(id) ?? none
  const inputs = relateInputs(articles, false)
  const allIds = articles.map((a) => a.id)
  const tune = (story: string) => !isHeld(story)
  const rewordedOnly = (story: string) => tune(story) && labels.rewordedStories.has(story)
  const line = (f: RelatedFigures) =>
    `first ${f.firstSame.toFixed(1)} top3 ${f.topThreeSame.toFixed(1)} lookalike ${f.otherStorySameWords.toFixed(1)} (any ${f.otherStorySameWordsAny.toFixed(1)}) nolink ${f.noLink.toFixed(1)} links ${f.meanLinks.toFixed(2)}`
  for (const tuning of TUNINGS) {
    const relations = relateArticles(inputs, tuning)
    const links = new Map(allIds.map((id) => [id, relatedIds(relations, id)]))
    const outletOnly = allIds.filter((id) => (relations.outletNext.get(id)?.length ?? 0) > 0).length
    const all = measure({ links, labels, scored: tune, allIds, searchWords, anchors })
    // The look-alikes by the kind of link they come from.
    const kinds = {
      story: (id: string) => (relations.sameStory.get(id) ?? []).map((l) => l.id),
      context: (id: string) => (relations.similar.get(id) ?? []).map((l) => l.id),
      outlet: (id: string) => relations.outletNext.get(id) ?? [],
    }
    const byKind = Object.entries(kinds).map(([kind, of]) => {
      const f = measure({
        links: new Map(allIds.map((id) => [id, of(id)])),
        labels,
        scored: tune,
        allIds,
        searchWords,
        anchors,
      })
      return `${kind} ${((f.otherStorySameWords * f.meanLinks) / Math.max(all.meanLinks, 1e-9)).toFixed(1)} of ${((100 * f.meanLinks) / Math.max(all.meanLinks, 1e-9)).toFixed(0)}%`
    })
    const hand = handLabelled('tune', links)
    const rew = measure({ links, labels, scored: rewordedOnly, allIds, searchWords, anchors })
    console.log(
      `${JSON.stringify(tuning)}\n  all ${line(all)}\n  rew ${line(rew)}\n  hand-read look-alikes still linked: ${hand}\n  outlet-neighbours only ${((100 * outletOnly) / allIds.length).toFixed(1)}%\n  look-alikes by kind (points of the figure; share of links): ${byKind.join(', ')}`,
    )
  }
}

main()
