/**
 * Near-copy folding (relate/nearCopies.ts) on SaudiNewsNet: how many articles it folds, and whether
 * each folded copy belongs to the same labelled story as the article kept (labels.ts):
 *
 *   npx tsx scripts/relatedcheck/copies.ts
 */
import { nearCopies } from '@/ingest/relate/nearCopies.ts'
import { labelStories } from './labels.ts'
import { loadSnn, snnPresent } from './snn.ts'

function main(): void {
  if (!snnPresent()) {
    console.log('SaudiNewsNet is not at .corpora/saudinewsnet/json: nothing to check')
    return
  }
  const articles = loadSnn()
  const labels = labelStories(articles)
  const started = performance.now()
  const { copies, keptAs } = nearCopies(
    articles.map((a) => ({ id: a.id, outlet: a.outlet, publishedAt: a.day, body: a.paragraphs })),
  )
  const seconds = (performance.now() - started) / 1000
  let sameStory = 0
  let unlabelled = 0
  for (const [copy, kept] of keptAs) {
    const story = labels.storyOf.get(copy)
    if (story === undefined && labels.storyOf.get(kept) === undefined) unlabelled++
    else if (story === labels.storyOf.get(kept)) sameStory++
  }
  const labelled = keptAs.size - unlabelled
  const outlets = [...copies.values()].map((c) => c.length + 1)
  console.log(
    `${articles.length} articles: ${keptAs.size} folded into ${copies.size} (${outlets.filter((n) => n > 2).length} with 3+ outlets) in ${seconds.toFixed(1)} s; ` +
      `of folded copies with a label, ${labelled === 0 ? 0 : ((100 * sameStory) / labelled).toFixed(1)}% in the kept article's story (${sameStory}/${labelled}); ${unlabelled} in no labelled story`,
  )
}

main()
