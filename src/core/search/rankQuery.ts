/**
 * Answers a query from term postings (pure: the worker feeds it loaded shards, the ingest its own
 * index): every exact term must match, and the last word as itself or as the start of a longer
 * term; a document's score is the sum of its terms' scores (BM25, field-weighted at ingest), a
 * prefix match weighing less the more letters it leaves untyped. Best first, ties newest first
 * (documents are numbered newest first).
 *
 * Postings of common terms are capped at ingest to their best documents, so the count is exact
 * only when nothing capped took part; otherwise it is an estimate (and says so).
 */
import type { QueryTerms } from './searchQuery.ts'
import type { TermEntry } from './termShard.ts'

/**
 * A prefix expands to at most this many terms, the most frequent: enough for a word's forms, and
 * it bounds a keystroke's work (each term brings up to the postings cap).
 */
export const MAX_PREFIX_EXPANSIONS = 32
/** A prefix match's weight (as MiniSearch's default), lowered by the letters still untyped. */
const PREFIX_WEIGHT = 0.375

export interface TermSource {
  find(term: string): TermEntry | null
  /** Terms starting with `prefix`, the most frequent first, at most `limit`; and the documents the left-out ones hold. */
  expand(prefix: string, limit: number): { entries: TermEntry[]; leftOutDf: number }
}

export interface Hit {
  readonly doc: number
  readonly score: number
}

export interface RankedSearch {
  /** Every document found, best first. */
  readonly hits: readonly Hit[]
  /** How many documents match: exact, or estimated when capped postings took part. */
  readonly total: number
  readonly exact: boolean
}

const NOTHING: RankedSearch = { hits: [], total: 0, exact: true }

/** One query word's matches: document → score, with how many documents it truly matches. */
interface Component {
  readonly scores: Map<number, number>
  readonly trueCount: number
  /** True when trueCount is itself an estimate (a prefix whose forms were capped or left out). */
  readonly estimated: boolean
}

function exactComponent(entry: TermEntry): Component {
  const scores = new Map<number, number>()
  entry.postings.docs.forEach((doc, i) => scores.set(doc, entry.postings.scores[i] ?? 0))
  return { scores, trueCount: entry.df, estimated: false }
}

export function prefixWeight(prefix: string, term: string): number {
  if (term === prefix) return 1
  const untyped = term.length - prefix.length
  return (PREFIX_WEIGHT * prefix.length) / (prefix.length + 0.3 * untyped)
}

/** The best weight a term gets from the last word's readings as a prefix. */
function bestPrefixWeight(prefixes: readonly string[], term: string): number {
  return Math.max(...prefixes.filter((prefix) => term.startsWith(prefix)).map((prefix) => prefixWeight(prefix, term)))
}

function prefixComponent(prefixes: readonly string[], source: TermSource): Component | null {
  const forms = new Map<string, TermEntry>()
  let leftOutDf = 0
  for (const prefix of prefixes) {
    const expanded = source.expand(prefix, MAX_PREFIX_EXPANSIONS)
    for (const entry of expanded.entries) forms.set(entry.term, entry)
    leftOutDf += expanded.leftOutDf
  }
  if (forms.size === 0) return null
  const scores = new Map<number, number>()
  let keptPostings = 0
  let dfSum = 0
  for (const entry of forms.values()) {
    const weight = bestPrefixWeight(prefixes, entry.term)
    keptPostings += entry.postings.docs.length
    dfSum += entry.df
    entry.postings.docs.forEach((doc, i) => {
      const score = (entry.postings.scores[i] ?? 0) * weight
      if (score > (scores.get(doc) ?? -1)) scores.set(doc, score)
    })
  }
  // Overlap between the forms is unknown beyond what was kept: scale the kept union by what was left out.
  const complete = keptPostings === dfSum + leftOutDf
  const trueCount = complete ? scores.size : Math.round((scores.size * (dfSum + leftOutDf)) / keptPostings)
  return { scores, trueCount: Math.max(trueCount, scores.size), estimated: !complete }
}

export function rankQuery(terms: QueryTerms, source: TermSource): RankedSearch {
  const components: Component[] = []
  for (const term of terms.exact) {
    const entry = source.find(term)
    if (entry === null) return NOTHING
    components.push(exactComponent(entry))
  }
  if (terms.prefixes.length > 0) {
    const component = prefixComponent(terms.prefixes, source)
    if (component === null) return NOTHING
    components.push(component)
  }
  if (components.length === 0) return NOTHING
  components.sort((a, b) => a.scores.size - b.scores.size)
  const [smallest, ...others] = components as [Component, ...Component[]]
  const hits: Hit[] = []
  for (const [doc, score] of smallest.scores) {
    let total = score
    for (const other of others) {
      const more = other.scores.get(doc)
      if (more === undefined) {
        total = -1
        break
      }
      total += more
    }
    if (total >= 0) hits.push({ doc, score: total })
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc)
  return { hits, ...matchCount(hits.length, components) }
}

/**
 * Documents found are those in every kept list; each list keeps a share of its term's documents,
 * so (as if the shares were independent) the true count is the found count over the product of
 * the shares, never more than the rarest word's count.
 */
function matchCount(found: number, components: readonly Component[]): { total: number; exact: boolean } {
  const capped = components.filter((c) => c.trueCount > c.scores.size)
  if (capped.length === 0) return { total: found, exact: true }
  const [only] = components
  if (components.length === 1 && only !== undefined) return { total: only.trueCount, exact: !only.estimated }
  const share = capped.reduce((product, c) => product * (c.scores.size / c.trueCount), 1)
  const ceiling = Math.min(...components.map((c) => c.trueCount))
  return { total: Math.max(found, Math.min(ceiling, Math.round(found / share))), exact: false }
}
