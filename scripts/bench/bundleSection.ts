/**
 * Home route, initial JS + CSS: every script and stylesheet a cold visit to `/` loads until the
 * network is quiet (route chunks loaded on demand at start-up count; chunks of other routes do
 * not), gzip as served, beside the naive baseline measured the same way in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { ARTICLE_LINKS, withBrowser, withColdPage } from './browser.ts'
import { buildNaiveBaseline } from './naiveBaseline.ts'
import { measureHome } from '../bundle-budget.ts'
import { isFont, isScriptOrStyle, loadAndSettle, logResponses, total, type ByteTotal } from './requestLog.ts'
import { atMost } from './results.ts'
import type { Section } from './section.ts'
import { GZIP_LEVEL, withStaticServer } from './staticServer.ts'
import { APP_DIR, PORTS } from './workspace.ts'

/** The naive stack's initial JS in STACK.md, measured on another machine: context, not a goal. */
const STACK_REFERENCE_KB = 111.7

interface HomeLoad {
  readonly code: ByteTotal
  readonly fonts: ByteTotal
}

async function homeLoad(
  browser: Browser,
  appDir: string,
  dataDir: string | undefined,
  port: number,
  ready: string,
): Promise<HomeLoad> {
  return withStaticServer({ appDir, ...(dataDir ? { dataDir } : {}), port }, (origin) =>
    withColdPage(browser, async (page) => {
      const responses = logResponses(page)
      await loadAndSettle(page, `${origin}/`, ready)
      return { code: total(responses.filter(isScriptOrStyle)), fonts: total(responses.filter(isFont)) }
    }),
  )
}

/** Every JS and CSS file the build emitted, gzip: what all routes and features weigh together. */
function allAssetsGzipKB(appDir: string): number {
  const dir = join(appDir, 'assets')
  const files = readdirSync(dir).filter((name) => /\.(js|css)$/.test(name))
  return (
    files.reduce((sum, name) => sum + gzipSync(readFileSync(join(dir, name)), { level: GZIP_LEVEL }).length, 0) / 1024
  )
}

export const bundleSection: Section = async ({ log, record, note }) => {
  const naiveDir = await buildNaiveBaseline(log)
  await withBrowser(async (browser) => {
    const naive = await homeLoad(browser, naiveDir, join(APP_DIR, 'data'), PORTS.naive, 'h1')
    const app = await homeLoad(browser, APP_DIR, undefined, PORTS.app, ARTICLE_LINKS)
    // The goal's figure: what the home page needs before it can run, followed through the built
    // files (scripts/bundle-budget.ts, the CI check). A cold visit in Chromium also fetches, once
    // the app has started, what it warms up for later (the other language, other pages' strings,
    // the error view, the service worker's helper): reported beside it, not against the goal.
    const initial = measureHome(APP_DIR)
    const naiveInitial = measureHome(naiveDir)
    record({
      id: 'bundle.home.gzip',
      label: 'Home route initial JS + CSS, gzip',
      corpus: 'seed',
      value: initial.totalKb,
      unit: 'KB',
      goal: atMost(120),
      baseline: { label: 'naive stack', value: naiveInitial.totalKb },
      note: `${initial.items.length} files, KB gzip -9: ${initial.items.map((item) => `${item.file.replace(/^assets\//, '').replace(/-[\w-]{8,10}\./, '.')} ${(item.gzipBytes / 1024).toFixed(1)}`).join(', ')} (scripts/bundle-budget.ts; naive: STACK.md's reference ${STACK_REFERENCE_KB} KB)`,
    })
    record({
      id: 'bundle.home.coldVisit',
      label: 'Home cold visit: every JS + CSS response until idle, gzip',
      corpus: 'seed',
      value: app.code.gzipKB,
      unit: 'KB',
      baseline: { label: 'naive stack', value: naive.code.gzipKB },
      note: `${app.code.count} files, ${app.code.rawKB.toFixed(0)} KB raw; KB gzip -6: ${app.code.breakdown} (naive: ${naive.code.count} files, ${naive.code.rawKB.toFixed(0)} KB raw)`,
    })
    record({
      id: 'bundle.home.fonts',
      label: 'Home route fonts (woff2)',
      corpus: 'seed',
      value: app.fonts.gzipKB,
      unit: 'KB',
      note: `${app.fonts.count} files: ${app.fonts.paths.map((p) => p.replace(/^\/assets\//, '').replace(/-[\w]{8}\.woff2$/, '')).join(', ')}`,
    })
    record({
      id: 'bundle.all.gzip',
      label: 'All JS + CSS the build emits (every route), gzip',
      corpus: '—',
      value: allAssetsGzipKB(APP_DIR),
      unit: 'KB',
    })
  })
  note(
    "Initial JS + CSS: the files the home page loads before it can run (its stylesheet, the boot script, the entry and every chunk it imports statically), gzip -9, as the CI budget check measures them. The cold-visit figure is every .js/.css response of a cold visit to `/` in Chromium (service worker blocked) until the network is idle, gzip -6 as sent by the bench's server, warm-ups after the start included. Sizes are deterministic for a build.",
  )
  note(
    "Naive baseline: bench/naive/main.tsx (React, React DOM, React Router, React Query, i18next + react-i18next, PWA registration; a heading and the article count), built with the project's Vite by bench/naive/vite.config.ts in the same run.",
  )
}
