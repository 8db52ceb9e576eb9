import { test, expect } from './support/fixtures.ts'

test.use({ serviceWorkers: 'allow' })

test('Chromium finds the app installable, with an Arabic right-to-left manifest', async ({ page, context }) => {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  const cdp = await context.newCDPSession(page)

  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
  // Headless test profiles are incognito-like; that says nothing about the app.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([])

  const { url, data } = await cdp.send('Page.getAppManifest')
  expect(url).toMatch(/manifest\.webmanifest$/)
  const manifest = JSON.parse(data ?? '{}') as Record<string, unknown> & { icons: Array<{ src: string; sizes: string; purpose?: string }> }
  expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', display: 'standalone', short_name: 'صحيفة' })
  expect(manifest['name']).toContain('صحيفة')
  expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/i)
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))

  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src)
    expect(response.ok(), icon.src).toBe(true)
    expect(response.headers()['content-type']).toBe('image/png')
  }
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1)
})
