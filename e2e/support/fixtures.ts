/**
 * The test fixture every spec uses: a page that fails the test on any console error, uncaught
 * exception, Content-Security-Policy violation or request to another origin (fonts and data are
 * self-hosted: nothing a reader does may leave the origin), so a broken script or a blocked
 * resource can never pass silently. A test that provokes an error on purpose (a 404 for a missing article)
 * names it in `expectedConsoleErrors`.
 */
import { test as base, expect } from '@playwright/test'

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; pageProblems: string[]; waitForApp: boolean }>({
  expectedConsoleErrors: [[], { option: true }],
  /**
   * A prerendered page paints before the app's scripts are even requested (src/app/boot), so the
   * browser's load event no longer means the app is running. `page.goto` and `page.reload` then
   * also wait for `<html data-app="ready">`, as a reader waits for the page to respond. Tests of
   * the page before or without the app (JavaScript off, the entry script held) turn this off, and
   * `waitUntil: 'commit'` skips it for one navigation.
   */
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => {
    if (waitForApp) {
      const appReady = () => page.locator('html[data-app="ready"]').waitFor({ state: 'attached' })
      const goto = page.goto.bind(page)
      const reload = page.reload.bind(page)
      page.goto = async (url, options) => {
        const response = await goto(url, options)
        if (options?.waitUntil !== 'commit') await appReady()
        return response
      }
      page.reload = async (options) => {
        const response = await reload(options)
        if (options?.waitUntil !== 'commit') await appReady()
        return response
      }
    }
    await use(page)
  },
  pageProblems: [
    async ({ page, expectedConsoleErrors, baseURL }, use) => {
      const problems: string[] = []
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.protocol.startsWith('http') && url.origin !== origin)
          problems.push(`request leaves the origin: ${url.href}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`)
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      await use(problems)
      expect(problems, 'the page reported errors').toEqual([])
    },
    { auto: true },
  ],
})

/** The console line Chromium prints for a response with an error status. */
export const HTTP_404_IN_CONSOLE = /Failed to load resource: the server responded with a status of 404/

export { expect }

/**
 * The app's entry script as the build names it (after index.html, its input). Tests hold it to see
 * the page before the app runs.
 */
export const APP_ENTRY_SCRIPT = '**/assets/index-*.js'
