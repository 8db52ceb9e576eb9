/**
 * Related-article quality (issue 16) on the held half of SaudiNewsNet's labelled stories, titles
 * masked (scripts/relatedcheck): the ingest's stories and related links beside the plain tf-idf
 * cosine baseline, in the same run. Skipped, with a note, when `.corpora/saudinewsnet` is absent.
 */
import { relatedCheck } from '../relatedcheck/run.ts'
import { snnPresent } from '../relatedcheck/snn.ts'
import { atLeast, atMost } from './results.ts'
import type { Section } from './section.ts'

export const relatedSection: Section = async ({ log, record, note }) => {
  if (!snnPresent()) {
    note('Skipped: SaudiNewsNet is not at .corpora/saudinewsnet/json (see issue 7 for where the corpora come from).')
    log('skipped: no .corpora/saudinewsnet')
    return
  }
  const result = relatedCheck('held', false, ['stories', 'tfidf'])
  const ours = result.figures.find((f) => f.system === 'stories')
  const baseline = result.figures.find((f) => f.system === 'tfidf')
  if (!ours || !baseline) throw new Error('the related check returned no figures')
  const corpus = `SNN held (${ours.figures.sources} articles)`
  const rows = [
    { id: 'related.firstSame', label: 'First related link is the same story', key: 'firstSame', goal: atLeast(60) },
    {
      id: 'related.topThreeSame',
      label: 'One of the first three is the same story',
      key: 'topThreeSame',
      goal: atLeast(75),
    },
    {
      id: 'related.otherStorySameWords',
      label: 'Links to another story sharing its search words and no distinctive name or number',
      key: 'otherStorySameWords',
      goal: atMost(5),
    },
    { id: 'related.noLink', label: 'Articles with no related link', key: 'noLink', goal: atMost(2) },
  ] as const
  for (const row of rows) {
    record({
      id: row.id,
      label: row.label,
      corpus,
      value: ours.figures[row.key],
      unit: 'percent',
      goal: row.goal,
      baseline: { label: 'plain tf-idf cosine', value: baseline.figures[row.key] },
    })
    record({
      id: `${row.id}.reworded`,
      label: `${row.label} (stories told in other words only)`,
      corpus: `SNN held reworded (${ours.reworded.sources})`,
      value: ours.reworded[row.key],
      unit: 'percent',
      baseline: { label: 'plain tf-idf cosine', value: baseline.reworded[row.key] },
    })
  }
  if (ours.handRead) {
    const hand = ours.handRead
    record({
      id: 'related.lookalikesReadByHand',
      label: 'Look-alike links that tell another event, by a hand-read sample',
      corpus,
      value: hand.percent,
      unit: 'percent',
      goal: atMost(5),
      note: `${hand.other} other event and ${hand.unsure} unsure among ${hand.read} counted look-alikes read by hand (scripts/relatedcheck/handLabels.held.json); unsure counted half, range ${hand.low.toFixed(1)}–${hand.high.toFixed(1)}%`,
    })
  }
  note(
    `${result.articles} SaudiNewsNet articles, ${result.labelledArticles} in labelled stories (one headline from 2–6 outlets within three days, or cross-outlet wire copy); held half: ${result.stories} stories, ${result.rewordedStories} of them with no wire copy. Links are computed over every article from the body with the title masked. "Sharing its search words": at least 3 of the source's 10 strongest tf-idf body terms; "no distinctive name or number": none of the names and numbers (on at most 1% of pages, not outlet furniture) of both (scripts/relatedcheck/anchors.ts). Counting every link that shares the search words, as the first version did: stories ${ours.figures.otherStorySameWordsAny.toFixed(1)}%, tf-idf ${baseline.figures.otherStorySameWordsAny.toFixed(1)}%. Times: stories ${ours.seconds.toFixed(0)} s, tf-idf ${baseline.seconds.toFixed(0)} s (including analysis).`,
  )
}
