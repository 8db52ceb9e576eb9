/**
 * JSON as the contract is written: keys in sorted order at every depth, two-space indent, a final
 * newline. Two runs over the same input give byte-identical files (apart from `generatedAt`).
 */
function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(sortKeys)
  const source = value as Record<string, unknown>
  // Default sort is by UTF-16 code units, as `<` compares; no entry arrays (this runs for every object of 100,000 articles).
  const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(source).sort()) {
    const v = source[key]
    if (v !== undefined) sorted[key] = sortKeys(v)
  }
  return sorted
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}
