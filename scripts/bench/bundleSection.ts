/**
 * Home route JS + CSS (≤ 120 KB gzip): every script and stylesheet a cold visit to `/` fetches
 * until the network is quiet (chunks loaded on demand at start-up count; chunks of other routes
 * do not), gzip -6 as a CDN serves it, beside the naive baseline built with the same build
 * settings and measured the same way in the same run; and beside it the first screen's own code.
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
    // The goal's figure: what a cold visit to the home page fetches before the network is idle,
    // every script and stylesheet as a CDN sends it (gzip -6), warm-ups after the start included
    // (the other language, other pages' strings, the error view, the service worker's helper).
    // Beside it, the first screen's own code followed through the built files
    // (scripts/bundle-budget.ts, the CI check): what the page needs before it can run.
    const firstScreen = measureHome(APP_DIR)
    const naiveFirstScreen = measureHome(naiveDir)
    record({
      id: 'bundle.home.coldVisit',
      label: 'Home cold visit: every JS + CSS response until idle, gzip -6',
      corpus: 'seed',
      value: app.code.gzipKB,
      unit: 'KB',
      goal: atMost(120),
      baseline: { label: 'naive stack', value: naive.code.gzipKB },
      note: `${app.code.count} files, ${app.code.rawKB.toFixed(0)} KB raw; KB gzip -6: ${app.code.breakdown} (naive: ${naive.code.count} files, ${naive.code.rawKB.toFixed(0)} KB raw; STACK.md's reference for it ${STACK_REFERENCE_KB} KB)`,
    })
    record({
      id: 'bundle.home.gzip',
      label: 'Home first screen: JS + CSS it needs before it can run, gzip -9',
      corpus: 'seed',
      value: firstScreen.totalKb,
      unit: 'KB',
      baseline: { label: 'naive stack', value: naiveFirstScreen.totalKb },
      note: `${firstScreen.items.length} files, KB gzip -9: ${firstScreen.items.map((item) => `${item.file.replace(/^assets\//, '').replace(/-[\w-]{8,10}\./, '.')} ${(item.gzipBytes / 1024).toFixed(1)}`).join(', ')} (scripts/bundle-budget.ts)`,
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
    "The goal's figure is every .js/.css response of a cold visit to `/` in Chromium (service worker blocked, fresh context) until the network is idle, gzip -6 as the bench's server sends it (a CDN's or nginx's default level), warm-ups after the start included. Beside it, the first screen: the files the home page loads before it can run (its stylesheet, the boot script, the entry and every chunk it imports statically), gzip -9, as the CI budget check (scripts/bundle-budget.ts) measures them. Sizes are deterministic for a build.",
  )
  note(
    "Naive baseline: bench/naive/main.tsx (React, React DOM, React Router, React Query, i18next + react-i18next, PWA registration; a heading and the article count), built in the same run by bench/naive/vite.config.ts with the app's build settings (target es2022, React Router's production build, no module-preload polyfill, the PWA plugin).",
  )
}
