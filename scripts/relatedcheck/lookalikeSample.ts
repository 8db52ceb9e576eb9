/**
 * A sample of the look-alike links the check counts (measure.ts), to read by hand: for each, the
 * source and target headline and opening, which relation made the link, and its score.
 *
 *   npx tsx scripts/relatedcheck/lookalikeSample.ts [--half tune|held] [--count 60] [--seed 1]
 *
 * The ingest's default settings. The held half is read only to estimate its figure, after tuning
 * (handLabels.ts). Prints SaudiNewsNet text to the terminal; never write it to the repository.
 */
import { relateArticles } from '@/ingest/relate/relateArticles.ts'
import { distinctiveAnchors } from './anchors.ts'
import { isHeld, labelStories } from './labels.ts'
import { loadSnn } from './snn.ts'
import { isLookalike } from './measure.ts'
import { baselineModel, relateInputs } from './systems.ts'

const args = process.argv.slice(2)
const held = args.includes('--half') && args[args.indexOf('--half') + 1] === 'held'
const count = Number(args.includes('--count') ? args[args.indexOf('--count') + 1] : 60)
let seed = Number(args.includes('--seed') ? args[args.indexOf('--seed') + 1] : 1)
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32

const articles = loadSnn()
const byId = new Map(articles.map((a) => [a.id, a]))
const labels = labelStories(articles)
const model = baselineModel(articles, false)
const index = new Map(articles.map((a, i) => [a.id, i]))
const words = (id: string) => model.topTerms(index.get(id) ?? 0, 10)
const anchorSets = distinctiveAnchors(articles)
const none: ReadonlySet<string> = new Set()
const anchorsOf = (id: string) => anchorSets.get(id) ?? none
const relations = relateArticles(relateInputs(articles, false))
const found: Array<{ from: string; to: string; kind: string; score: number }> = []
for (const a of articles) {
  const story = labels.storyOf.get(a.id)
  if (story === undefined || isHeld(story) !== held) continue
  const links = [
    ...(relations.sameStory.get(a.id) ?? []).map((l) => ({ ...l, kind: 'story' })),
    ...(relations.similar.get(a.id) ?? []).map((l) => ({ ...l, kind: 'context' })),
    ...(relations.outletNext.get(a.id) ?? []).map((id) => ({ id, score: 0, kind: 'outlet' })),
  ]
  for (const l of links) {
    if (labels.storyOf.get(l.id) === story) continue
    if (!isLookalike(a.id, l.id, words, anchorsOf)) continue
    found.push({ from: a.id, to: l.id, kind: l.kind, score: l.score })
  }
}
const kinds = new Map<string, number>()
for (const f of found) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1)
console.log(`${found.length} look-alike links by kind:`, Object.fromEntries(kinds))
const unlabelled = found.filter((f) => !labels.storyOf.has(f.to)).length
console.log(`to an unlabelled article: ${unlabelled}`)
for (let n = 0; n < count && found.length > 0; n++) {
  const [f] = found.splice(Math.floor(random() * found.length), 1)
  if (!f) break
  const a = byId.get(f.from)
  const b = byId.get(f.to)
  if (!a || !b) continue
  const head = (x: typeof a) => `${x.outlet} ${x.day} | ${x.title}\n     ${x.paragraphs.join(' ').slice(0, 260)}`
  console.log(`\n#${n + 1} ${f.from} ${f.to} ${f.kind} ${f.score.toFixed(2)} to-labelled:${labels.storyOf.has(f.to)}`)
  console.log(`  A  ${head(a)}`)
  console.log(`  B  ${head(b)}`)
}
