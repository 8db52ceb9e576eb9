/**
 * `npm test`: every check the project has, in the order CI needs them — lint, format, type check,
 * unit tests, build, end-to-end tests — and one closing line `N passed, N failed, N flaky, N
 * skipped` that adds up unit and end-to-end tests, so a run that tested nothing is visible. A
 * failed lint, format check, type check or build counts as one failure of its own; the bundle
 * budget (scripts/bundle-budget.ts, run on the build) counts as one test. Flaky tests (passed on
 * Playwright's retry) count among the passed and again on their own. Exits 1 when anything failed.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

const REPORTS = '.cache/test-reports'
const VITEST_JSON = `${REPORTS}/vitest.json`
const PLAYWRIGHT_JSON = `${REPORTS}/playwright.json`

interface Tally {
  passed: number
  failed: number
  flaky: number
  skipped: number
}

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

/** Vitest's JSON reporter (Jest-compatible shape). */
function vitestTally(): Tally {
  const report = readJson(VITEST_JSON) as {
    numPassedTests?: number
    numFailedTests?: number
    numPendingTests?: number
    numTodoTests?: number
  } | null
  return {
    passed: report?.numPassedTests ?? 0,
    failed: report?.numFailedTests ?? 0,
    flaky: 0,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
  }
}

/** Playwright's JSON reporter: expected = passed, unexpected = failed, flaky passed on a retry. */
function playwrightTally(): Tally {
  const report = readJson(PLAYWRIGHT_JSON) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number }
  } | null
  const stats = report?.stats
  return {
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: stats?.unexpected ?? 0,
    flaky: stats?.flaky ?? 0,
    skipped: stats?.skipped ?? 0,
  }
}

rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

let stepFailures = 0
if (!run('lint', 'npx', ['eslint', '.'])) stepFailures++
if (!run('format', 'npx', ['prettier', '--check', '.'])) stepFailures++
if (!run('type check', 'npx', ['tsc', '--noEmit'])) stepFailures++
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
])
const buildOk = run('build', 'npm', ['run', 'build'])
if (!buildOk) stepFailures++
const budgetOk =
  buildOk && run('bundle budget', 'npx', ['tsx', 'scripts/bundle-budget.ts', '--json', `${REPORTS}/bundle-budget.json`])
const budget: Tally = {
  passed: buildOk && budgetOk ? 1 : 0,
  failed: buildOk && !budgetOk ? 1 : 0,
  flaky: 0,
  skipped: 0,
}
const e2eOk =
  buildOk &&
  run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
  })

const unit = vitestTally()
const e2e = playwrightTally()
// A runner that failed without reporting a failed test (crash, config error) still counts.
const runnerFailures = (!unitOk && unit.failed === 0 ? 1 : 0) + (buildOk && !e2eOk && e2e.failed === 0 ? 1 : 0)
const passed = unit.passed + budget.passed + e2e.passed
const failed = unit.failed + budget.failed + e2e.failed + stepFailures + runnerFailures

console.log(
  `\nunit ${unit.passed} passed, ${unit.failed} failed; bundle budget ${budget.failed === 0 ? 'passed' : 'failed'}; ` +
    `end-to-end ${e2e.passed} passed, ${e2e.failed} failed; failed steps ${stepFailures + runnerFailures}`,
)
console.log(
  `${passed} passed, ${failed} failed, ${unit.flaky + e2e.flaky} flaky, ${unit.skipped + e2e.skipped} skipped`,
)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
