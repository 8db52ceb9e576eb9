import { test, expect } from './support/fixtures.ts'
import { IRAQ } from './support/seed.ts'

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
  const manifest = JSON.parse(data ?? '{}') as Record<string, unknown> & {
    icons: Array<{ src: string; sizes: string; purpose?: string }>
  }
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

test.describe('the install offer', () => {
  test.use({ serviceWorkers: 'block' })

  /** What Chromium fires when the app can be installed: an event with `prompt()` and `userChoice`. */
  async function offerInstall(page: import('@playwright/test').Page, outcome: 'accepted' | 'dismissed') {
    await page.evaluate((choice) => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () =>
          void ((window as unknown as { prompted: number }).prompted =
            ((window as unknown as { prompted?: number }).prompted ?? 0) + 1),
        userChoice: Promise.resolve({ outcome: choice, platform: 'web' }),
      })
      window.dispatchEvent(event)
      ;(window as unknown as { defaultPrevented: boolean }).defaultPrevented = event.defaultPrevented
    }, outcome)
  }

  /** The event fired again and again for a while (the offer's code may load late): the offer never shows. */
  async function expectNoOfferWhileOffered(page: import('@playwright/test').Page) {
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((entry) => /\/PwaNotices-[\w-]+\.js$/.test(entry.name)),
        ),
      )
      .toBe(true)
    for (let round = 0; round < 8; round++) {
      await offerInstall(page, 'accepted')
      await page.waitForTimeout(200)
      await expect(page.getByRole('region', { name: 'تثبيت التطبيق' })).toHaveCount(0)
    }
  }

  test('an install button when the browser offers installation: it prompts, and is not offered again once installed', async ({
    page,
  }) => {
    await page.goto('/')
    const offer = page.getByRole('region', { name: 'تثبيت التطبيق' })
    await expect(offer).toHaveCount(0)
    // The offer's code comes after the first screen: the event is fired until it is listened to.
    await expect(async () => {
      await offerInstall(page, 'accepted')
      await expect(offer).toBeVisible({ timeout: 500 })
    }).toPass()
    // The browser's own mini-bar is held back: the app asks at a better moment.
    expect(await page.evaluate(() => (window as unknown as { defaultPrevented: boolean }).defaultPrevented)).toBe(true)
    // Never over an article's text.
    await page.getByRole('link', { name: IRAQ.title }).click()
    await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeVisible()
    await expect(offer).toHaveCount(0)
    await page.goBack()
    await offer.getByRole('button', { name: 'تثبيت' }).click()
    await expect(offer).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1)
    await page.reload()
    await expectNoOfferWhileOffered(page)
  })

  test('"not now" is remembered', async ({ page }) => {
    await page.goto('/')
    const offer = page.getByRole('region', { name: 'تثبيت التطبيق' })
    await expect(async () => {
      await offerInstall(page, 'dismissed')
      await expect(offer).toBeVisible({ timeout: 500 })
    }).toPass()
    await offer.getByRole('button', { name: 'ليس الآن' }).click()
    await expect(offer).toHaveCount(0)
    await page.reload()
    await expectNoOfferWhileOffered(page)
  })

  test.describe('on an iPhone', () => {
    test.use({
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      viewport: { width: 390, height: 844 },
    })

    test('Safari gets the add-to-home-screen hint, dismissible; not when already installed', async ({ page }) => {
      await page.goto('/')
      const offer = page.getByRole('region', { name: 'تثبيت التطبيق' })
      await expect(offer).toContainText('اضغط زر «مشاركة» في Safari، ثم «إضافة إلى الشاشة الرئيسية»')
      // At the foot of the screen, inside it.
      const box = await offer.boundingBox()
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844)
      expect(box?.y ?? 0).toBeGreaterThan(844 / 2)
      await offer.getByRole('button', { name: 'ليس الآن' }).click()
      await expect(offer).toHaveCount(0)
      await page.reload()
      await expectNoOfferWhileOffered(page)
    })

    test('opened from the home screen (standalone), no hint', async ({ page }) => {
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'standalone', { configurable: true, get: () => true }),
      )
      await page.goto('/')
      await expectNoOfferWhileOffered(page)
    })
  })

  test('in the installed app (display-mode: standalone), no install button', async ({ page }) => {
    await page.addInitScript(() => {
      const matchMedia = window.matchMedia.bind(window)
      window.matchMedia = (query: string) =>
        query === '(display-mode: standalone)'
          ? { ...matchMedia(query), matches: true, media: query }
          : matchMedia(query)
    })
    await page.goto('/')
    await expectNoOfferWhileOffered(page)
  })
})
