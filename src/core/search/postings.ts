/**
 * A term's postings as written in a shard: documents ascending, each as its gap from the previous
 * one (from -1), interleaved with its scaled score, `[gap, score, gap, score, …]`. Gaps keep the
 * numbers short, which is most of a shard's size.
 */

export interface Postings {
  /** Document numbers, ascending. */
  readonly docs: readonly number[]
  /** Scaled scores, one per document. */
  readonly scores: readonly number[]
}

export function encodePostings({ docs, scores }: Postings): number[] {
  const flat: number[] = []
  let previous = -1
  docs.forEach((doc, i) => {
    flat.push(doc - previous, scores[i] ?? 0)
    previous = doc
  })
  return flat
}

export function decodePostings(flat: readonly number[]): Postings {
  const docs: number[] = []
  const scores: number[] = []
  let doc = -1
  for (let i = 0; i + 1 < flat.length; i += 2) {
    doc += flat[i] ?? 0
    docs.push(doc)
    scores.push(flat[i + 1] ?? 0)
  }
  return { docs, scores }
}
