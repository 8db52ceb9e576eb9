/**
 * A section's figures as a matrix (one row per measure, one column per page and corpus) when each
 * measure is taken in the same places, as Lighthouse's are: seven measures × five runs read far
 * better side by side than as 35 rows.
 */
import type { Figure, Goal, Unit } from './results.ts'

export interface MatrixFormat {
  formatValue(value: number, unit: Unit): string
  formatGoal(goal: Goal | undefined, unit: Unit): string
}

const MARK = { pass: '✅', fail: '❌', info: '', error: '⚠️' } as const

/** `Lighthouse /: LCP` → column `/`, row `LCP`. */
function split(label: string): { column: string; row: string } {
  const at = label.lastIndexOf(': ')
  return at < 0
    ? { column: '', row: label }
    : { column: label.slice(0, at).replace(/^Lighthouse /, ''), row: label.slice(at + 2) }
}

export function figureMatrix(figures: readonly Figure[], format: MatrixFormat): string[] {
  const columns: string[] = []
  const rows = new Map<string, { goal: Goal | undefined; unit: Unit; cells: Map<string, Figure> }>()
  for (const f of figures) {
    const { column, row } = split(f.label)
    const key = `${f.corpus} ${column}`
    if (!columns.includes(key)) columns.push(key)
    const entry = rows.get(row) ?? { goal: f.goal, unit: f.unit, cells: new Map<string, Figure>() }
    entry.cells.set(key, f)
    rows.set(row, entry)
  }
  const lines = [`| measure | goal | ${columns.join(' | ')} |`, `|---|---|${columns.map(() => '---|').join('')}`]
  for (const [row, entry] of rows) {
    const cells = columns.map((column) => {
      const f = entry.cells.get(column)
      if (!f) return ''
      if (f.value === null) return `n/a ${MARK.error}`
      // The median of several runs is followed by their range.
      const spread = f.spread
        ? `(${format.formatValue(f.spread.min, f.unit)}–${format.formatValue(f.spread.max, f.unit)})`
        : ''
      return [format.formatValue(f.value, f.unit), MARK[f.verdict], spread].filter((part) => part !== '').join(' ')
    })
    lines.push(`| ${row} | ${format.formatGoal(entry.goal, entry.unit)} | ${cells.join(' | ')} |`)
  }
  return lines
}
