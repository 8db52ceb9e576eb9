/**
 * One Lighthouse 12.2.3 run (CLI, mobile preset = its default: simulated slow 4G and 4× CPU) with
 * the project's Chromium flags, on the bench's own debugging port, reduced to the figures issue 5
 * names. A run that reports a runtime error is retried once (a busy machine can miss a paint).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../e2e/support/chromium.ts'
import { outputTail, runCommand } from './processes.ts'
import { PORTS } from './workspace.ts'

export interface LighthouseFigures {
  readonly performance: number
  readonly accessibility: number
  readonly bestPractices: number
  readonly seo: number
  readonly lcpMs: number
  readonly tbtMs: number
  readonly cls: number
  readonly fcpMs: number
  /** Audits that failed in the non-performance categories, to say why a score is below 100. */
  readonly failedAudits: string[]
}

interface LighthouseJson {
  runtimeError?: { code: string; message: string }
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode: string }>
}

function parse(report: LighthouseJson): LighthouseFigures {
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100)
  const numeric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN
  const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = report.audits[ref.id]
        return audit !== undefined && audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1
      })
      .map((ref) => `${category}:${ref.id}`),
  )
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    failedAudits,
  }
}

export async function runLighthouse(url: string, outDir: string, name: string): Promise<LighthouseFigures> {
  const output = join(outDir, `${name}.json`)
  const chromeFlags = CHROMIUM_ARGS.join(' ')
  const executable = chromiumExecutablePath()
  let lastError = ''
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = await runCommand(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--port=${PORTS.lighthouseChrome}`,
        `--chrome-flags=${chromeFlags}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { timeoutMs: 4 * 60_000, ...(executable ? { env: { CHROME_PATH: executable } } : {}) },
    )
    if (result.status !== 0) {
      lastError = `lighthouse ${url} failed (${result.timedOut ? 'timed out' : `status ${result.status}`}): ${outputTail(result)}`
      continue
    }
    const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseJson
    if (report.runtimeError === undefined) return parse(report)
    lastError = `lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`
  }
  throw new Error(lastError)
}
