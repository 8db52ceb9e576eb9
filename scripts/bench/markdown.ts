/**
 * BENCHMARKS.md, generated from bench/results.json (never edited by hand): the machine, then one
 * table per section with each figure, its goal, pass/fail and the naive baseline where one was
 * measured in the same run, then the notes on method and noise.
 */
import type { BenchResults, Figure, Goal, SectionId, SectionResult, Unit } from './results.ts'
import { figureMatrix } from './markdownMatrix.ts'
import { corpusLabel, SECTIONS } from './results.ts'

const SECTION_TITLES: Record<SectionId, string> = {
  corpus: 'Corpus generation',
  ingest: 'Ingest at scale',
  related: 'Related-article quality (SaudiNewsNet, held half)',
  data: 'Data the first screen and an article page download',
  bundle: 'Home route: JS + CSS of a cold visit, and of the first screen',
  interactions: 'Filter and search latency, continuous typing (Chromium)',
  search: 'Search from a cold open',
  network: 'Slow 4G: cold search and navigation',
  heap: 'JS heap after 20 navigations',
  lighthouse: 'Lighthouse 12.2.3, mobile preset',
}

const VERDICT_MARK = { pass: '✅ pass', fail: '❌ fail', info: '—', error: '⚠️ not measured' } as const

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`
    case 's':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} s`
    case 'MB':
      return `${value.toFixed(value < 10 ? 1 : 0)} MB`
    case 'KB':
      return `${value.toFixed(1)} KB`
    case 'score':
      return String(Math.round(value))
    case 'ratio':
      return value.toFixed(2)
    case 'count':
      return Math.round(value).toLocaleString('en-US')
    case 'shift':
      return value.toFixed(3)
    case 'percent':
      return `${value.toFixed(1)}%`
  }
}

function formatGoal(goal: Goal | undefined, unit: Unit): string {
  return goal === undefined ? '' : `${goal.op === '<=' ? '≤' : '≥'} ${formatValue(goal.target, unit)}`
}

/** Table cells must not break the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

function figureRow(f: Figure): string {
  const spread = f.spread
    ? ` (${formatValue(f.spread.min, f.unit)}–${formatValue(f.spread.max, f.unit)}, ${f.spread.runs} runs)`
    : ''
  const value = f.value === null ? 'n/a' : `${formatValue(f.value, f.unit)}${spread}`
  const baseline = f.baseline ? `${formatValue(f.baseline.value, f.unit)} (${f.baseline.label})` : ''
  return `| ${cell(f.label)} | ${cell(f.corpus)} | ${value} | ${formatGoal(f.goal, f.unit)} | ${VERDICT_MARK[f.verdict]} | ${cell(baseline)} | ${cell(f.note ?? '')} |`
}

/** When, on which commit and how busy the machine was: sections of one file may come from different runs. */
export function measuredLine(section: SectionResult): string {
  const when = `Measured ${section.measuredAt} in ${section.durationSeconds.toFixed(0)} s`
  const run = section.run
  if (run === undefined) return `${when} (commit and load not recorded).`
  const { start, end } = run.loadAverage
  return `${when} on commit \`${run.commit.slice(0, 10)}\`${run.dirty ? ' with uncommitted changes' : ''}, load average ${start.toFixed(2)} at its start, ${end.toFixed(2)} at its end.`
}

/** Sections whose figures read best as a matrix (same measures in several places). */
const MATRIX_SECTIONS: ReadonlySet<SectionId> = new Set(['lighthouse'])

function sectionBlock(id: SectionId, section: SectionResult): string[] {
  const lines = [`## ${SECTION_TITLES[id]}`, '', `${measuredLine(section)}`, '']
  if (section.error) lines.push(`**The section stopped early:** ${cell(section.error)}`, '')
  if (section.figures.length > 0 && MATRIX_SECTIONS.has(id)) {
    lines.push(...figureMatrix(section.figures, { formatValue, formatGoal }), '')
    const remarks = section.figures.filter((f) => f.note).map((f) => `${f.label} (${f.corpus}): ${f.note}`)
    if (remarks.length > 0) lines.push(...remarks.map((r) => `- ${r}`), '')
  } else if (section.figures.length > 0) {
    lines.push(
      '| figure | corpus | value | goal | result | baseline, same run | note |',
      '|---|---|---|---|---|---|---|',
    )
    lines.push(...section.figures.map(figureRow), '')
  }
  if (section.notes.length > 0) lines.push(...section.notes.map((note) => `- ${note}`), '')
  return lines
}

export function tally(results: BenchResults): Record<Figure['verdict'], number> {
  const counts = { pass: 0, fail: 0, info: 0, error: 0 }
  for (const section of Object.values(results.sections))
    for (const f of section?.figures ?? []) if (!f.reference) counts[f.verdict]++
  return counts
}

/** The goals not met, each with its value against its goal: what the reader should look at first. */
function missedGoals(results: BenchResults): string[] {
  const missed = SECTIONS.flatMap((id) => results.sections[id]?.figures ?? []).filter(
    (f) => !f.reference && (f.verdict === 'fail' || (f.verdict === 'error' && f.goal)),
  )
  if (missed.length === 0) return []
  return [
    'Missed:',
    '',
    ...missed.map(
      (f) =>
        `- ${f.label} (${f.corpus}): ${f.value === null ? 'not measured' : formatValue(f.value, f.unit)}, goal ${formatGoal(f.goal, f.unit)}`,
    ),
    '',
  ]
}

export function resultsToMarkdown(results: BenchResults): string {
  const m = results.machine
  const counts = tally(results)
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` from bench/results.json. Do not edit by hand: rerun the bench. -->',
    '',
    `Last written ${results.generatedAt} (${results.mode} mode, corpora: ${results.sizes.map(corpusLabel).join(' and ')} articles) on commit \`${results.git.commit.slice(0, 10)}\` of \`${results.git.branch}\`${results.git.dirty ? ' with uncommitted changes' : ''}. Sections run alone (\`--only\`) keep the others' results: each section says when, on which commit and under which load it ran.`,
    '',
    `**${counts.pass} goals met, ${counts.fail} missed**${counts.error > 0 ? `, ${counts.error} figures could not be measured` : ''}; ${counts.info} figures are informational (no goal); the naive baseline's own figures are not counted.`,
    '',
    ...missedGoals(results),
    '| machine | |',
    '|---|---|',
    `| CPU | ${cell(m.cpuModel)}, ${m.cores} cores |`,
    `| memory | ${m.memoryGB.toFixed(1)} GB |`,
    `| OS | ${cell(m.os)} |`,
    `| Node | ${m.node} |`,
    `| Chromium | ${cell(m.chromium)} |`,
    `| Lighthouse | ${m.lighthouse} |`,
    `| load average at the last run's start | ${m.loadAverage.toFixed(2)} |`,
    '',
    '## Noise',
    '',
    '- Timings come from one run on a shared 2-core machine where other work runs at the same time: they move by tens of percent between runs. Compare figures within one run (ratios, the naive baseline beside each figure) rather than across runs.',
    '- Latencies are medians and nearest-rank 95th percentiles over repeated trials; a single trial is never reported as a latency.',
    '- Byte counts (bundle, data requests) are deterministic for a given build and corpus: they are the fair figures for a budget.',
    '',
  ]
  for (const id of SECTIONS) {
    const section = results.sections[id]
    if (section) lines.push(...sectionBlock(id, section))
  }
  return `${lines.join('\n').trimEnd()}\n`
}
