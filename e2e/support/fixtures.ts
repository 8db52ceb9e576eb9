/**
 * The test fixture every spec uses: a page that fails the test on any console error, uncaught
 * exception or Content-Security-Policy violation, so a broken script or a blocked resource can
 * never pass silently.
 */
import { test as base, expect } from '@playwright/test'

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
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

export { expect }
