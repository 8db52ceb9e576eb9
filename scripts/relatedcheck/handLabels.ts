/**
 * Look-alike links read by hand (handLabels.<half>.json): the automatic labels (labels.ts) only know
 * stories told under one headline or in wire copy, so a link to a reworded report of the same event
 * counts as a look-alike. Reading a random sample of the counted links says what share are really
 * another event; that share times the counted figure estimates the true look-alike rate.
 */
import { existsSync, readFileSync } from 'node:fs'

export type Verdict = 'same' | 'other' | 'unsure'

interface HandLabels {
  readonly pairs: ReadonlyArray<{ from: string; to: string; verdict: Verdict }>
}

export function loadHandLabels(half: 'tune' | 'held'): HandLabels | null {
  const file = new URL(`handLabels.${half}.json`, import.meta.url)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as HandLabels) : null
}

/** Each verdict's sampled links, and how many of them the given links still make. */
export function handLabelled(half: 'tune' | 'held', links: ReadonlyMap<string, readonly string[]>): string {
  const labels = loadHandLabels(half)
  if (!labels) return 'none read'
  const verdicts: Verdict[] = ['other', 'unsure', 'same']
  return verdicts
    .map((verdict) => {
      const pairs = labels.pairs.filter((p) => p.verdict === verdict)
      const kept = pairs.filter((p) => links.get(p.from)?.includes(p.to)).length
      return `${verdict} ${kept}/${pairs.length}`
    })
    .join(', ')
}

export interface HandEstimate {
  /** Sampled links the system still makes. */
  readonly read: number
  readonly other: number
  readonly unsure: number
  /** The counted look-alike figure times the share of read links that are another event (unsure counted half). */
  readonly percent: number
  /** The same with unsure counted as same, then as other. */
  readonly low: number
  readonly high: number
}

/** The true look-alike rate estimated from the hand-read sample of the links the system still makes. */
export function handEstimate(
  half: 'tune' | 'held',
  links: ReadonlyMap<string, readonly string[]>,
  countedPercent: number,
): HandEstimate | null {
  const labels = loadHandLabels(half)
  const kept = labels?.pairs.filter((p) => links.get(p.from)?.includes(p.to)) ?? []
  if (kept.length === 0) return null
  const other = kept.filter((p) => p.verdict === 'other').length
  const unsure = kept.filter((p) => p.verdict === 'unsure').length
  const share = (n: number) => (countedPercent * n) / kept.length
  return {
    read: kept.length,
    other,
    unsure,
    percent: share(other + unsure / 2),
    low: share(other),
    high: share(other + unsure),
  }
}
