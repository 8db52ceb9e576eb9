/**
 * Stories the check can trust without reading every article: (1) one normalized headline published
 * by 2–6 different outlets within three days (a headline of at least four words, so "أخبار
 * متفرقة"-style section titles do not count), and (2) wire copy: bodies of different outlets whose
 * word 5-shingles overlap by Jaccard ≥ 0.5 (found through shingles shared by 2–6 outlets' pages, never
 * all pairs). Labels are joined with union–find. Articles in no label are "unlabelled": they are
 * still in the corpus that links are computed over, only not scored as sources.
 */
import { tokenize } from '@/core/arabic/tokenize.ts'
import type { SnnArticle } from './snn.ts'

const MIN_HEADLINE_WORDS = 4
const MAX_OUTLETS = 6
const MAX_DAY_SPAN = 3
const SHINGLE = 5
const MIN_WIRE_JACCARD = 0.5

class UnionFind {
  private readonly parent: number[]
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root] ?? root
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i] ?? root]
    return root
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000

function withinDays(members: readonly SnnArticle[]): boolean {
  const days = members.map((m) => dayNumber(m.day))
  return Math.max(...days) - Math.min(...days) <= MAX_DAY_SPAN
}

function headlineGroups(articles: readonly SnnArticle[]): number[][] {
  const byHeadline = new Map<string, number[]>()
  articles.forEach((a, i) => {
    const words = tokenize(a.title)
    if (words.length < MIN_HEADLINE_WORDS) return
    const key = words.join(' ')
    byHeadline.set(key, [...(byHeadline.get(key) ?? []), i])
  })
  return [...byHeadline.values()].filter((group) => {
    const outlets = new Set(group.map((i) => articles[i]?.outlet))
    return outlets.size >= 2 && outlets.size <= MAX_OUTLETS && withinDays(group.map((i) => articles[i] as SnnArticle))
  })
}

/** Broder's mod-m sample: the shingles whose hash is 0 mod 4, so overlap is estimated from a quarter of them. */
const SAMPLE_MOD = 4

function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

function shingles(article: SnnArticle): Set<number> {
  const words = tokenize(article.paragraphs.join(' '))
  const set = new Set<number>()
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = hash(words.slice(i, i + SHINGLE).join(' '))
    if (h % SAMPLE_MOD === 0) set.add(h)
  }
  return set
}

function wirePairs(articles: readonly SnnArticle[]): Array<[number, number]> {
  const sets = articles.map(shingles)
  const postings = new Map<number, number[]>()
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s)
      if (list) list.push(i)
      else postings.set(s, [i])
    }
  })
  const shared = new Map<string, number>()
  for (const list of postings.values()) {
    // A shingle on many pages is boilerplate (an outlet's sign-off), not wire copy.
    if (list.length < 2 || list.length > MAX_OUTLETS * 2) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]} ${list[y]}`
        shared.set(key, (shared.get(key) ?? 0) + 1)
      }
    }
  }
  const pairs: Array<[number, number]> = []
  for (const [key, common] of shared) {
    const [i, j] = key.split(' ').map(Number) as [number, number]
    const a = articles[i] as SnnArticle
    const b = articles[j] as SnnArticle
    if (a.outlet === b.outlet || !withinDays([a, b])) continue
    const union = (sets[i]?.size ?? 0) + (sets[j]?.size ?? 0) - common
    if (union > 0 && common / union >= MIN_WIRE_JACCARD) pairs.push([i, j])
  }
  return pairs
}

export interface StoryLabels {
  /** Article id → its labelled story id, for articles in a story of two or more. */
  readonly storyOf: ReadonlyMap<string, string>
  readonly members: ReadonlyMap<string, readonly string[]>
  readonly headlineStories: number
  readonly wirePairs: number
  /** Stories with no wire pair: told in other words under one headline (the harder case). */
  readonly rewordedStories: ReadonlySet<string>
}

export function labelStories(articles: readonly SnnArticle[]): StoryLabels {
  const uf = new UnionFind(articles.length)
  const headlines = headlineGroups(articles)
  for (const group of headlines) for (const i of group.slice(1)) uf.union(group[0] ?? i, i)
  const wire = wirePairs(articles)
  for (const [i, j] of wire) uf.union(i, j)
  const groups = new Map<number, string[]>()
  articles.forEach((a, i) => {
    const root = uf.find(i)
    groups.set(root, [...(groups.get(root) ?? []), a.id])
  })
  const wireRoots = new Set(wire.map(([i]) => uf.find(i)))
  const reworded = new Set<string>()
  const storyOf = new Map<string, string>()
  const members = new Map<string, string[]>()
  for (const [root, ids] of groups) {
    if (ids.length < 2) continue
    const story = `s-${ids[0]}`
    if (!wireRoots.has(root)) reworded.add(story)
    members.set(story, ids)
    for (const id of ids) storyOf.set(id, story)
  }
  return { storyOf, members, headlineStories: headlines.length, wirePairs: wire.length, rewordedStories: reworded }
}

/** FNV-1a of the story id: the held half is the odd hashes, fixed before any tuning. */
export function isHeld(storyId: string): boolean {
  return (hash(storyId) & 1) === 1
}
