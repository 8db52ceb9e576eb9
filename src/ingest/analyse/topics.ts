/**
 * Topic matching: finds the taxonomy's terms in an article's normalized words and evaluates each
 * topic's rule. Lookups go through maps keyed by word (and by word prefix for `*` terms), so the
 * cost grows with the article's length, not with the size of the taxonomy.
 */
import { PROCLITICS } from '@/core/arabic/stem.ts'
import { tokenize } from '@/core/arabic/tokenize.ts'
import type { TopicRule, Taxonomy } from './taxonomy.ts'

const ARTICLE = 'ال'
const MIN_CORE = 2
/** Distinct words a matcher remembers before it starts afresh (bounds memory on any corpus). */
const WORD_CACHE_LIMIT = 100_000

/** A term group name and one of its display terms. */
export interface TermHit {
  readonly group: string
  readonly display: string
}

interface WordPattern {
  readonly core: string
  readonly prefix: boolean
}

interface CompiledTerm extends TermHit {
  readonly words: readonly WordPattern[]
}

function withoutArticle(word: string): string {
  return word.startsWith(ARTICLE) && word.length - ARTICLE.length >= MIN_CORE ? word.slice(ARTICLE.length) : word
}

/**
 * The forms a page word may be matched under: itself and itself without each proclitic (all of
 * them, a lone ك too: see PROCLITICS in core/arabic/stem.ts for why the stemmer differs).
 */
function wordCores(token: string): string[] {
  const cores = new Set([withoutArticle(token)])
  for (const p of PROCLITICS) {
    if (token.startsWith(p) && token.length - p.length >= MIN_CORE) cores.add(withoutArticle(token.slice(p.length)))
  }
  return [...cores]
}

/** A spelling's words as the tokenizer would cut them (`U.S.` is two words); `*` marks a prefix. */
function compileSpelling(spelling: string): WordPattern[] {
  return spelling
    .trim()
    .split(/\s+/u)
    .flatMap((word) => {
      const prefix = word.endsWith('*')
      const tokens = tokenize(prefix ? word.slice(0, -1) : word)
      return tokens.map((t, i) => ({ core: withoutArticle(t), prefix: prefix && i === tokens.length - 1 }))
    })
}

function wordMatches(pattern: WordPattern, cores: readonly string[]): boolean {
  return cores.some((c) => (pattern.prefix ? c.startsWith(pattern.core) : c === pattern.core))
}

/** One occurrence of a term: where it starts among the tokens. */
export interface TermMention extends TermHit {
  readonly at: number
}

export interface TermMatcher {
  /** Every term found in the tokens (normalized words), in first-seen order. */
  find(tokens: readonly string[]): TermHit[]
  /** Every occurrence of every term, in token order. */
  mentions(tokens: readonly string[]): TermMention[]
}

/** Named groups of terms, each with a display form and its spellings (the taxonomy's `termGroups` shape). */
export type TermGroups = Readonly<
  Record<string, { readonly terms: ReadonlyArray<{ readonly display: string; readonly match: readonly string[] }> }>
>

export function termMatcher(groups: TermGroups): TermMatcher {
  const exact = new Map<string, CompiledTerm[]>()
  const prefixed = new Map<string, CompiledTerm[]>()
  for (const [group, { terms }] of Object.entries(groups)) {
    for (const term of terms) {
      for (const spelling of term.match) {
        const words = compileSpelling(spelling)
        const first = words[0]
        if (!first || first.core.length === 0) continue
        const compiled: CompiledTerm = { group, display: term.display, words }
        const index = first.prefix ? prefixed : exact
        const list = index.get(first.core)
        if (list) list.push(compiled)
        else index.set(first.core, [compiled])
      }
    }
  }
  const prefixLengths = [...new Set([...prefixed.keys()].map((k) => k.length))]

  function candidates(cores: readonly string[]): CompiledTerm[] {
    const found: CompiledTerm[] = []
    for (const core of cores) {
      found.push(...(exact.get(core) ?? []))
      for (const length of prefixLengths)
        if (core.length >= length) found.push(...(prefixed.get(core.slice(0, length)) ?? []))
    }
    return found
  }

  // A corpus repeats its words: each distinct word's cores and candidate terms are worked out once
  // (most words start no term), not for each of its occurrences in 100,000 articles.
  const coreCache = new Map<string, readonly string[]>()
  const candidateCache = new Map<string, readonly CompiledTerm[]>()
  function coresOf(token: string | undefined): readonly string[] {
    if (token === undefined) return []
    let cores = coreCache.get(token)
    if (cores === undefined) {
      if (coreCache.size >= WORD_CACHE_LIMIT) coreCache.clear()
      cores = wordCores(token)
      coreCache.set(token, cores)
    }
    return cores
  }
  function candidatesOf(token: string): readonly CompiledTerm[] {
    let terms = candidateCache.get(token)
    if (terms === undefined) {
      if (candidateCache.size >= WORD_CACHE_LIMIT) candidateCache.clear()
      terms = candidates(coresOf(token))
      candidateCache.set(token, terms)
    }
    return terms
  }

  function mentions(tokens: readonly string[]): TermMention[] {
    const found: TermMention[] = []
    tokens.forEach((token, i) => {
      const terms = candidatesOf(token)
      if (terms.length === 0) return
      const seen = new Set<string>()
      for (const term of terms) {
        const key = `${term.group}\u0000${term.display}`
        if (seen.has(key) || !term.words.slice(1).every((w, k) => wordMatches(w, coresOf(tokens[i + 1 + k])))) continue
        seen.add(key)
        found.push({ group: term.group, display: term.display, at: i })
      }
    })
    return found
  }

  return {
    mentions,
    find(tokens) {
      const hits = new Map<string, TermHit>()
      for (const { group, display } of mentions(tokens)) hits.set(`${group}\u0000${display}`, { group, display })
      return [...hits.values()]
    },
  }
}

/**
 * The hits of the term groups an article is about, not merely mentions in passing: a group counts
 * when one of its terms is in the article's lead (title, first paragraph, keywords) or when its
 * terms occur at least `minMentions` times. So a Moroccan article naming Algeria once, in its last
 * paragraph, is not about Algeria.
 */
export function prominentHits(
  mentions: readonly TermMention[],
  isLead: (at: number) => boolean,
  minMentions: number,
): TermHit[] {
  const count = new Map<string, number>()
  const inLead = new Set<string>()
  for (const m of mentions) {
    count.set(m.group, (count.get(m.group) ?? 0) + 1)
    if (isLead(m.at)) inLead.add(m.group)
  }
  const hits = new Map<string, TermHit>()
  for (const { group, display } of mentions) {
    if (inLead.has(group) || (count.get(group) ?? 0) >= minMentions)
      hits.set(`${group}\u0000${display}`, { group, display })
  }
  return [...hits.values()]
}

interface RuleOutcome {
  readonly ok: boolean
  readonly terms: readonly string[]
}

function evaluate(rule: TopicRule, byGroup: ReadonlyMap<string, readonly string[]>): RuleOutcome {
  if (typeof rule === 'string') {
    const terms = byGroup.get(rule) ?? []
    return { ok: terms.length > 0, terms }
  }
  if ('allOf' in rule) {
    const outcomes = rule.allOf.map((r) => evaluate(r, byGroup))
    return { ok: outcomes.every((o) => o.ok), terms: outcomes.flatMap((o) => o.terms) }
  }
  const passed = rule.anyOf.map((r) => evaluate(r, byGroup)).filter((o) => o.ok)
  return { ok: passed.length > 0, terms: passed.flatMap((o) => o.terms) }
}

export interface TopicClassification {
  readonly topics: string[]
  /** Topic id → the display terms that made the rule hold. */
  readonly topicMatches: Record<string, string[]>
}

export function classifyTopics(taxonomy: Taxonomy, hits: readonly TermHit[]): TopicClassification {
  const byGroup = new Map<string, string[]>()
  for (const hit of hits) byGroup.set(hit.group, [...(byGroup.get(hit.group) ?? []), hit.display])
  const topics: string[] = []
  const topicMatches: Record<string, string[]> = {}
  for (const topic of taxonomy.topics) {
    const outcome = evaluate(topic.rule, byGroup)
    if (!outcome.ok) continue
    topics.push(topic.id)
    topicMatches[topic.id] = [...new Set(outcome.terms)]
  }
  return { topics, topicMatches }
}

/** Topic id → how many articles carry it, in one pass over the articles (the manifest's precomputed counts). */
export function topicCounts(
  articles: ReadonlyArray<{ readonly topics: readonly string[] }>,
  topicIds: readonly string[],
): Map<string, number> {
  const counts = new Map(topicIds.map((id) => [id, 0]))
  for (const article of articles)
    for (const topic of article.topics) if (counts.has(topic)) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  return counts
}
