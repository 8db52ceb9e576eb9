import type { BrowserContext, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { ALGERIA, IRAQ, articleIdByTitle } from './support/seed.ts'

/** Waits until a service worker is active AND controls the page, as a reader's second visit would be. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
}

async function visitOnceThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
  await waitForOfflineReady(page)
  await context.setOffline(true)
}

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' })
  // Installing the worker precaches the whole app and data; on a busy 2-core machine that alone
  // can take several seconds.
  test.setTimeout(60_000)

  test('the feed and every article open with the network off, including a hard reload', async ({ page, context, request }) => {
    const iraqId = await articleIdByTitle(request, IRAQ.title)
    const algeriaId = await articleIdByTitle(request, ALGERIA.title)
    await visitOnceThenGoOffline(page, context)

    await expect(page.getByText('أنت غير متصل بالإنترنت')).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 2, name: ALGERIA.title })).toBeVisible()
    await expect(page.getByText('أنت غير متصل بالإنترنت')).toBeVisible()

    for (const [id, article] of [[iraqId, IRAQ], [algeriaId, ALGERIA]] as const) {
      await page.goto(`/articles/${id}`)
      await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
      await expect(page.getByText(article.firstWords)).toBeVisible()
      await page.reload()
      await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
    }

    // Back online, the notice goes away by itself.
    await context.setOffline(false)
    await expect(page.getByText('أنت غير متصل بالإنترنت')).toHaveCount(0)
    })
})

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('an article URL cannot load offline (so the offline test above proves the worker)', async ({ page, context, request }) => {
    const iraqId = await articleIdByTitle(request, IRAQ.title)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: IRAQ.title })).toBeVisible()
    await context.setOffline(true)
    await expect(page.goto(`/articles/${iraqId}`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  })
})
