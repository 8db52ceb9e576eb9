import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { IRAQ, articleIdByTitle } from './support/seed.ts'

test.use({ viewport: { width: 390, height: 640 } })

const progress = (page: Page) => page.getByRole('progressbar', { name: 'تقدّم القراءة' })

/** Scrolls the window so the reader is `fraction` of the way through the article. */
async function scrollArticleTo(page: Page, fraction: number) {
  await page.evaluate((f) => {
    const rect = document.querySelector('article.article')!.getBoundingClientRect()
    window.scrollTo({ top: rect.top + window.scrollY + f * (rect.height - window.innerHeight), behavior: 'instant' })
  }, fraction)
}

test('the progress bar follows the reader through the article', async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0')
  await scrollArticleTo(page, 0.5)
  await expect(progress(page)).toHaveAttribute('aria-valuenow', /^(4[5-9]|5[0-5])$/)
  const bar = page.locator('.reading-progress__bar')
  const width = await bar.evaluate((el) => el.getBoundingClientRect().width / window.innerWidth)
  expect(width).toBeGreaterThan(0.4)
  expect(width).toBeLessThan(0.6)
  // Right to left: the bar grows from the right edge.
  expect(await bar.evaluate((el) => Math.round(el.getBoundingClientRect().right - window.innerWidth))).toBe(0)
  await scrollArticleTo(page, 1)
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '100')
})

test('reopening an article resumes where the reader stopped, and "start over" goes to the top', async ({
  page,
  request,
}) => {
  const id = await articleIdByTitle(request, IRAQ.title)
  await page.goto(`/articles/${id}`)
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0')
  await scrollArticleTo(page, 0.6)
  const stoppedAt = await page.evaluate(() => window.scrollY)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sahifa.readingPositions'))).toContain(id)

  // On a phone the front page is the masthead's name (the sections are in its menu).
  await page.getByRole('banner').getByRole('link', { name: 'صحيفة', exact: true }).click()
  await page.getByRole('link', { name: IRAQ.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: IRAQ.title })).toBeAttached()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(stoppedAt - 30)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(stoppedAt + 30)
  await expect(page.getByRole('status').filter({ hasText: 'تابعتَ من حيث توقفت' })).toBeVisible()

  await page.reload()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(stoppedAt - 30)

  await page.getByRole('button', { name: 'من البداية' }).click()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})

test.describe('share', () => {
  test('without a share sheet, the link is copied and the reader is told', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share)
    const id = await articleIdByTitle(request, IRAQ.title)
    await page.goto(`/articles/${id}?from=all`)
    await page.getByRole('button', { name: 'مشاركة' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'تم نسخ الرابط' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${id}`)
  })

  test('with the Web Share API, the share sheet gets the title and link', async ({ page, request, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
      })
    })
    const id = await articleIdByTitle(request, IRAQ.title)
    await page.goto(`/articles/${id}`)
    await page.getByRole('button', { name: 'مشاركة' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({
        title: IRAQ.title,
        url: `${baseURL}/articles/${id}`,
      })
    await expect(page.getByText('تم نسخ الرابط')).toHaveCount(0)
  })
})

test.describe('read aloud', () => {
  test('without an Arabic voice the reader is told so when they ask to listen, not before', async ({
    page,
    request,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => [],
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          cancel: () => undefined,
        },
      }),
    )
    await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
    const noVoice = page
      .getByRole('status')
      .filter({ hasText: 'القراءة بصوت عالٍ غير متاحة: لا يوجد صوت عربي في هذا المتصفح.' })
    await expect(noVoice).toHaveCount(0)
    await page.getByRole('button', { name: 'استمع إلى المقال' }).click()
    await expect(noVoice).toBeVisible()
  })

  test('with an Arabic voice: play marks the paragraph being read, pause, resume, next paragraph, stop', async ({
    page,
    request,
  }) => {
    await page.addInitScript(() => {
      type Utterance = { text: string; voice: unknown; lang: string; onend?: () => void }
      const log = { spoken: [] as string[], lang: [] as string[], paused: false, current: null as Utterance | null }
      Object.assign(window, { speechLog: log })
      const synth = {
        getVoices: () => [
          { name: 'Test Arabic', lang: 'ar-SA', voiceURI: 'test-ar', default: true, localService: true },
        ],
        speak: (u: Utterance) => {
          log.spoken.push(u.text)
          log.lang.push(u.lang)
          log.current = u
        },
        pause: () => void (log.paused = true),
        resume: () => void (log.paused = false),
        // Like Chromium, cancelling ends the current utterance.
        cancel: () => {
          const u = log.current
          log.current = null
          u?.onend?.()
        },
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth })
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        configurable: true,
        value: class {
          text: string
          voice: unknown = null
          lang = ''
          constructor(text: string) {
            this.text = text
          }
        },
      })
      Object.assign(window, {
        finishUtterance: () => {
          const u = log.current
          log.current = null
          u?.onend?.()
        },
      })
    })
    type Log = { spoken: string[]; lang: string[]; paused: boolean }
    const log = () => page.evaluate(() => (window as unknown as { speechLog: Log }).speechLog)
    await page.goto(`/articles/${await articleIdByTitle(request, IRAQ.title)}`)
    const paragraphs = page.locator('.article__body p')
    const current = page.locator('.article__body p[aria-current="true"]')

    await page.getByRole('button', { name: 'استمع إلى المقال' }).click()
    await expect(paragraphs.first()).toHaveAttribute('aria-current', 'true')
    await expect(paragraphs.first()).toHaveClass(/is-read-aloud/)
    expect((await log()).spoken).toEqual([await paragraphs.first().textContent()])
    expect((await log()).lang).toEqual(['ar-SA'])

    await page.getByRole('button', { name: 'إيقاف مؤقت' }).click()
    expect((await log()).paused).toBe(true)
    await page.getByRole('button', { name: 'متابعة الاستماع' }).click()
    expect((await log()).paused).toBe(false)

    await page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance())
    await expect(paragraphs.nth(1)).toHaveAttribute('aria-current', 'true')
    await expect(current).toHaveCount(1)

    await page.getByRole('button', { name: 'إيقاف', exact: true }).click()
    await expect(current).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'استمع إلى المقال' })).toBeVisible()
    // Stopping does not carry on to the next paragraph.
    expect((await log()).spoken).toHaveLength(2)
  })
})
