/**
 * What a bench section gets and gives: the run's options and a recorder. A section records each
 * figure as soon as it has it, so a section that fails halfway still reports what it measured.
 */
import os from 'node:os'
import type { BenchOptions } from './benchArgs.ts'
import { describeGit } from './machine.ts'
import { figure, type Figure, type FigureInput, type SectionId, type SectionResult } from './results.ts'

export interface SectionContext {
  readonly options: BenchOptions
  /** The largest corpus size of the run: where the "at 100,000" goals are read. */
  readonly largest: number
  log(line: string): void
  record(input: FigureInput): void
  note(text: string): void
}

export type Section = (context: SectionContext) => Promise<void>

export async function runSection(id: SectionId, options: BenchOptions, section: Section): Promise<SectionResult> {
  const figures: Figure[] = []
  const notes: string[] = []
  const started = performance.now()
  const measuredAt = new Date().toISOString()
  const git = describeGit()
  const loadAtStart = os.loadavg()[0] ?? 0
  const log = (line: string) => console.log(`[${id}] ${line}`)
  const context: SectionContext = {
    options,
    largest: Math.max(...options.sizes),
    log,
    record: (input) => {
      const f = figure(input)
      figures.push(f)
      log(`${f.label} (${f.corpus}): ${f.value === null ? 'n/a' : f.value.toFixed(2)} ${f.unit} ${f.verdict}`)
    },
    note: (text) => notes.push(text),
  }
  let error: string | undefined
  try {
    await section(context)
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause)
    log(`stopped: ${error}`)
  }
  const durationSeconds = (performance.now() - started) / 1000
  const run = { commit: git.commit, dirty: git.dirty, loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 } }
  return { measuredAt, durationSeconds, run, figures, notes, ...(error === undefined ? {} : { error }) }
}
