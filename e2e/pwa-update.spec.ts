import { rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { buildVersion, type BuiltVersion } from './support/buildVersions.ts'
import { test, expect } from './support/fixtures.ts'
import { waitForOfflineReady } from './support/serviceWorker.ts'
import { startStaticHost, type StaticHost } from './support/staticServer.ts'

/**
 * A new deployment while a tab is open (docs/app.md, PWA): two real builds with different pages
 * (e2e/fixtures/deployments/v1, v2: v2 adds an article and has different code), served by a
 * static host of our own whose folder is switched under the open tab.
 */
const HOST_PORT = 4420
const FIXTURES = resolve(import.meta.dirname, 'fixtures/deployments')
const BRIDGE = 'افتتاح جسر جديد فوق النهر في مدينة الموصل'
const LIBRARY = 'مكتبة عامة تفتح أبوابها ليلاً خلال شهر الامتحانات'
const UPDATE_READY = 'نسخة جديدة من صحيفة جاهزة.'

let v1: BuiltVersion
let v2: BuiltVersion
let host: StaticHost

test.describe.configure({ mode: 'serial' })
test.use({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${HOST_PORT}` })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  v1 = buildVersion('v1', resolve(FIXTURES, 'v1'))
  v2 = buildVersion('v2', resolve(FIXTURES, 'v2'))
  host = await startStaticHost(v1.dist, HOST_PORT)
})

test.afterAll(async () => {
  await host?.close()
  for (const version of [v1, v2]) if (version) rmSync(dirname(version.dist), { recursive: true, force: true })
})

/** The build label each version's entry chunk sets (e2e/support/versionBuild.config.ts). */
function runningBuild(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as { sahifaTestBuild?: unknown }).sahifaTestBuild)
}

/** Every /assets/ file the page has loaded so far (from the network or the worker's cache). */
function loadedAssets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/assets/'))
      .map((path) => path.slice('/assets/'.length)),
  )
}

/** Opens v1, lets its worker take control, then deploys v2 and lets the tab find it (back online). */
async function openV1ThenDeployV2(page: Page, context: import('@playwright/test').BrowserContext): Promise<void> {
  host.serve(v1.dist)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: BRIDGE })).toBeVisible()
  await waitForOfflineReady(page)
  expect(await runningBuild(page)).toBe('v1')

  host.serve(v2.dist)
  // The reader's phone drops the network and gets it back: the app looks for a new version.
  await context.setOffline(true)
  await context.setOffline(false)
  await expect(page.getByText(UPDATE_READY)).toBeVisible({ timeout: 30_000 })
  // Until the reader answers, the open tab stays on v1 entirely.
  await expect(page.getByRole('heading', { level: 2, name: LIBRARY })).toHaveCount(0)
}

test.setTimeout(90_000)

test('accepting the update loads the new version whole: its code, its data, none of the old chunks', async ({
  page,
  context,
}) => {
  await openV1ThenDeployV2(page, context)
  const v1Only = [...v1.assets].filter((name) => !v2.assets.has(name))
  expect(v1Only.length, 'the two builds differ in code').toBeGreaterThan(0)

  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'حدِّث الآن' }).click()
  await reloaded
  // The prerendered headings show before the app's script has run: wait for it to take over (the
  // fixture's goto does the same) before asking which build is running.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  await expect(page.getByRole('heading', { level: 2, name: LIBRARY })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: BRIDGE })).toBeVisible()
  await expect(page.getByText(UPDATE_READY)).toHaveCount(0)
  expect(await runningBuild(page)).toBe('v2')
  const assets = await loadedAssets(page)
  expect(assets.length).toBeGreaterThan(0)
  expect(
    assets.filter((name) => !v2.assets.has(name)),
    'assets from another build',
  ).toEqual([])

  // The new article opens (its file comes from v2's data), and the page is still v2's code.
  await page.getByRole('link', { name: LIBRARY }).click()
  await expect(page.getByRole('heading', { level: 1, name: LIBRARY })).toBeVisible()
  expect(await runningBuild(page)).toBe('v2')
})

test('declining the update keeps the old version working whole, even across a reload', async ({ page, context }) => {
  await openV1ThenDeployV2(page, context)
  await page.getByRole('button', { name: 'لاحقاً' }).click()
  await expect(page.getByText(UPDATE_READY)).toHaveCount(0)

  // In the same visit, v1's article and v1's search (a chunk and a data file loaded only now) still
  // work, although the host now serves only v2's files.
  await page.getByRole('link', { name: BRIDGE }).click()
  await expect(page.getByRole('heading', { level: 1, name: BRIDGE })).toBeVisible()
  await page.getByRole('searchbox').first().fill('الجسر')
  await page.getByRole('searchbox').first().press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: BRIDGE })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: LIBRARY })).toHaveCount(0)
  expect(await runningBuild(page)).toBe('v1')
  expect(
    (await loadedAssets(page)).filter((name) => !v1.assets.has(name)),
    'assets from another build',
  ).toEqual([])
  // "Later" held for the rest of the visit: the offer did not come back by itself.
  await expect(page.getByText(UPDATE_READY)).toHaveCount(0)

  // A reload stays on v1 (the old worker still serves it) and offers the update again.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: BRIDGE })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: LIBRARY })).toHaveCount(0)
  expect(await runningBuild(page)).toBe('v1')
  await expect(page.getByText(UPDATE_READY)).toBeVisible()
})
