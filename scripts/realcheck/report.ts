/** Figures per page kind × half, the printed table and the failure listing. No corpus text in the figures. */
import { FIELDS, type Field, type PageScore } from './score.ts'
import type { BuiltPage, Half, PageKind } from './truth.ts'

export interface Tally {
  readonly kind: PageKind
  readonly half: Half
  pages: number
  pagesRight: number
  fieldsChecked: number
  fieldsRight: number
  readonly perField: Record<Field, { checked: number; right: number }>
}

export function emptyTally(kind: PageKind, half: Half): Tally {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, { checked: 0, right: 0 }])) as Tally['perField']
  return { kind, half, pages: 0, pagesRight: 0, fieldsChecked: 0, fieldsRight: 0, perField }
}

export function addScore(tally: Tally, score: PageScore): void {
  tally.pages++
  if (score.fullyRight) tally.pagesRight++
  for (const result of score.fields) {
    tally.fieldsChecked++
    tally.perField[result.field].checked++
    if (result.ok) {
      tally.fieldsRight++
      tally.perField[result.field].right++
    }
  }
}

export function percent(right: number, checked: number): number | null {
  return checked === 0 ? null : Math.round((1000 * right) / checked) / 10
}

/** The figures of one tally, as written to bench/realcheck.json. */
export function figures(tally: Tally) {
  return {
    kind: tally.kind,
    half: tally.half,
    pages: tally.pages,
    fieldsRightPct: percent(tally.fieldsRight, tally.fieldsChecked),
    titlesRightPct: percent(tally.perField.title.right, tally.perField.title.checked),
    pagesFullyRightPct: percent(tally.pagesRight, tally.pages),
    fields: Object.fromEntries(
      FIELDS.map((f) => [
        f,
        { checked: tally.perField[f].checked, rightPct: percent(tally.perField[f].right, tally.perField[f].checked) },
      ]),
    ),
  }
}

function cell(value: number | null): string {
  return (value === null ? '–' : `${value.toFixed(1)}`).padStart(7)
}

export function printTable(tallies: readonly Tally[], log: (line: string) => void): void {
  log(
    `${'kind'.padEnd(9)}${'half'.padEnd(6)}${'pages'.padStart(6)}${'fields%'.padStart(9)}${'titles%'.padStart(9)}${'pages%'.padStart(8)}  ${FIELDS.map((f) => f.slice(0, 7).padStart(7)).join(' ')}`,
  )
  for (const t of tallies) {
    const f = figures(t)
    const perField = FIELDS.map((field) => cell(percent(t.perField[field].right, t.perField[field].checked))).join(' ')
    log(
      `${t.kind.padEnd(9)}${t.half.padEnd(6)}${String(t.pages).padStart(6)}  ${cell(f.fieldsRightPct)}  ${cell(f.titlesRightPct)} ${cell(f.pagesFullyRightPct)}  ${perField}`,
    )
  }
}

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** One failing page, field by field: expected vs got. Console only (it quotes corpus text). */
export function printFailure(page: BuiltPage, score: PageScore, log: (line: string) => void): void {
  log(`\n── ${page.kind}/${page.half} ${page.fileName} [${page.variant}]`)
  for (const r of score.fields.filter((f) => !f.ok)) {
    const where = r.article === undefined ? 'page' : r.article === 0 ? 'main' : `embedded ${r.article}`
    log(`  ${r.field} (${where})\n    expected: ${clip(r.expected)}\n    got:      ${clip(r.got)}`)
  }
}
