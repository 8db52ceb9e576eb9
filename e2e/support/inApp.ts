import type { Page } from '@playwright/test'

/**
 * Opens `href` as a client render inside the running app, as a link would: every article, topic
 * page and one-topic filter is prerendered from the build's data and asks for none on a direct
 * visit (src/app/prerender, docs/boot.md), so a test that serves other data (hostile, faulty)
 * reaches the view from a page that is not prerendered (the settings) through the router.
 */
export async function openInApp(page: Page, href: string): Promise<void> {
  await page.goto('/settings')
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, href)
  await page.waitForURL(href)
}
