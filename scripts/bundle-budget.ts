/**
 * The bundle budget (issue 5): what the home page must download before it can run — the entry
 * script, every chunk it imports statically (followed through the files, not only the
 * modulepreload hints), its stylesheets and the boot script — gzipped, against a budget in KB.
 * Sizes are deterministic for a given source, so this is a fair test; it fails over budget.
 *
 *   npx tsx scripts/bundle-budget.ts [--dist dist] [--json FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Issue 5's goal for the home route's initial JS + CSS, gzip: a benchmark figure (BENCHMARKS.md),
 * not what this check enforces. The frameworks alone (react-dom, react-router, react-query,
 * i18next, react-i18next) weigh about 105 KB.
 */
export const HOME_GOAL_KB = 120
/**
 * The ceiling this check enforces: today's size plus a little, so any growth fails the build
 * until it is paid for. Lower it whenever the home page gets lighter; raise it only on purpose.
 * Raised 137 → 138 once, on purpose: the data-fault handling (timeouts, failure kinds, quiet
 * refresh on reconnect, update checks) merged after the budget was set measured 137.0x KB.
 * Lowered 138 → 122 when the home page shed zod, react-i18next, the English strings, the other
 * pages' strings, the PWA notices and the shortcuts list (loaded when needed): 121.3 KB.
 * Lowered 122 → 121 with react-router's production build, one first-screen chunk, route-only
 * styles moved to their routes and the woff-free font faces: 119.97 KB (the boot script, which
 * now starts the app and holds early taps, is 1.7 KB of it).
 * Raised 121 → 122 on purpose for issue 18's phone first screen: the masthead's menu, a save
 * toggle on every card (with the saved list read without zod), the theme-color following the
 * reading theme: 121.5 KB (JS +1.1, CSS +0.5, boot +0.1), so issue 5's 120 KB goal is missed.
 * Raised 122 → 127 on purpose for issue 17: the app uses its libraries as the ecosystem does
 * (react-i18next instead of an in-house binding, +2.2 KB; react-query's useMutation for "load
 * more", +0.2 KB; rolldown's own chunks instead of a custom first-screen chunk plugin, +1.5 KB):
 * 125.6 KB. About 4 KB is 20 ms at Lighthouse's slow 4G (1.6 Mbit/s), not a difference
 * a reader's first paint shows; the code is now what newcomers know. The headroom, 1.4 KB, lets a small
 * feature land without raising this again, yet stops a new library or a stray import of a
 * page's code into the first screen (each several KB).
 * Raised 127 → 128 when every page became prerendered (the boot script now swaps in a one-topic
 * filter's page) and folded copies joined the article: 126.3 KB, headroom 1.7 KB for the same
 * reason.
 */
export const HOME_BUDGET_KB = 128

export interface BudgetItem {
  file: string
  gzipBytes: number
}

export interface BudgetReport {
  items: BudgetItem[]
  totalKb: number
  budgetKb: number
  goalKb: number
  withinBudget: boolean
  meetsGoal: boolean
}

const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']\.\/([\w.-]+\.js)["']/g

function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
  return [...html.matchAll(tag)].flatMap(([element]) => {
    const value = new RegExp(`\\b${attribute}="([^"]+)"`).exec(element)?.[1]
    return value === undefined ? [] : [value]
  })
}

/** Every file the home page loads up front, as paths under dist/ (no leading slash). */
export function initialFiles(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const scripts = attributeValues(html, /<script\b[^>]*\bsrc="[^"]+"[^>]*>/g, 'src')
  const styles = attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href')
  const preloads = attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href')
  // A prerendered page hands its entry script and preloads to the boot script, which starts them after the first paint.
  scripts.push(
    ...attributeValues(html, /<script\b[^>]*\bdata-entry="[^"]+"[^>]*>/g, 'data-entry').flatMap((list) =>
      list.split(' '),
    ),
  )
  preloads.push(
    ...attributeValues(html, /<script\b[^>]*\bdata-preload="[^"]+"[^>]*>/g, 'data-preload').flatMap((list) =>
      list.split(' '),
    ),
  )
  const files = new Set<string>()
  const pending = [...scripts, ...preloads].map((src) => src.replace(/^\//, ''))
  while (pending.length > 0) {
    const file = pending.pop()
    if (file === undefined || files.has(file)) continue
    files.add(file)
    if (!file.endsWith('.js')) continue
    const code = readFileSync(path.join(distDir, file), 'utf8')
    for (const [, imported] of code.matchAll(STATIC_IMPORT))
      if (imported !== undefined) pending.push(path.posix.join(path.posix.dirname(file), imported))
  }
  for (const href of styles) files.add(href.replace(/^\//, ''))
  return [...files].sort()
}

export function measureHome(distDir: string, budgetKb = HOME_BUDGET_KB): BudgetReport {
  const items = initialFiles(distDir).map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length,
  }))
  const totalKb = items.reduce((sum, item) => sum + item.gzipBytes, 0) / 1024
  return {
    items,
    totalKb: Math.round(totalKb * 10) / 10,
    budgetKb,
    goalKb: HOME_GOAL_KB,
    withinBudget: totalKb <= budgetKb,
    meetsGoal: totalKb <= HOME_GOAL_KB,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const index = args.indexOf(name)
    return index === -1 ? undefined : args[index + 1]
  }
  const report = measureHome(option('--dist') ?? 'dist')
  for (const item of report.items) console.log(`${(item.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${item.file}`)
  console.log(
    `home route, initial JS + CSS: ${report.totalKb} KB gzip; budget ${report.budgetKb} KB: ${report.withinBudget ? 'within' : 'OVER'}`,
  )
  console.log(
    `issue 5 goal ${report.goalKb} KB: ${report.meetsGoal ? 'met' : `not met (${(report.totalKb - report.goalKb).toFixed(1)} KB over)`}`,
  )
  const json = option('--json')
  if (json !== undefined) writeFileSync(json, JSON.stringify(report, null, 2))
  process.exit(report.withinBudget ? 0 : 1)
}
