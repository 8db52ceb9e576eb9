import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test, expect } from './support/fixtures.ts'

/**
 * The Content-Security-Policy of the built app (vite.config.ts adds it to index.html): scripts
 * only from the app's own origin, no plugins, no <base> hijack. And the e2e fixture that fails a
 * test on any CSP violation is shown able to fail: an injected inline script is blocked, and the
 * violation reaches the fixture's problem list.
 */
function builtPolicy(): Map<string, string[]> {
  const html = readFileSync(resolve(import.meta.dirname, '../dist/index.html'), 'utf8')
  const encoded = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
  if (encoded === undefined) throw new Error('dist/index.html has no CSP meta tag')
  const content = encoded.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...values]) => [name ?? '', values]),
  )
}

test('the built index.html carries a strict policy: self-only scripts, no inline or eval, no objects, base-uri self', () => {
  const policy = builtPolicy()
  expect(policy.get('script-src')).toEqual(["'self'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'self'"])
  expect(policy.get('default-src')).toEqual(["'self'"])
  for (const [directive, values] of policy) {
    expect(values, directive).not.toContain("'unsafe-inline'")
    expect(values, directive).not.toContain("'unsafe-eval'")
    expect(
      values.filter((value) => value === '*' || value.startsWith('http')),
      `${directive} allows another origin`,
    ).toEqual([])
  }
})

test.describe('a deliberately injected inline script', () => {
  // The violation is provoked on purpose; the test then checks the fixture caught it and clears it.
  test('is blocked by the browser, and reported to the fixture that fails tests on violations', async ({
    page,
    pageProblems,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.injectedRan = true'
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        }),
      )
      document.head.append(script)
      const directive = await violation
      return { ran: (window as { injectedRan?: boolean }).injectedRan === true, directive }
    })
    expect(ran).toEqual({ ran: false, directive: 'script-src-elem' })
    // Code from strings is refused too (no 'unsafe-eval'): a string timer never runs.
    await page.evaluate(() => setTimeout('window.stringTimerRan = true' as unknown as () => void, 0))
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as { stringTimerRan?: boolean }).stringTimerRan === true)).toBe(false)
    await expect
      .poll(() => pageProblems.filter((problem) => problem.includes('CSP violation')).length)
      .toBeGreaterThanOrEqual(2)
    expect(
      pageProblems.every((problem) => /Content Security Policy|CSP violation|unsafe-eval/.test(problem)),
      pageProblems.join('\n'),
    ).toBe(true)
    // Proven: the fixture would have failed this test. Clear what was provoked on purpose.
    pageProblems.splice(0, pageProblems.length)
  })
})
