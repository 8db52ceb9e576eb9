import { lazy, Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { renderStatic } from './renderPage.tsx'

/** A boundary as big as a full feed page (30 cards), behind a lazy component as the routes are. */
const sentence = 'تتواصل المحادثات بين الوفدين حول مستقبل التعاون الأمني في المنطقة. '
const LongList = lazy(async () => ({
  default: () => (
    <ul>
      {Array.from({ length: 300 }, (_, index) => (
        <li key={index}>{sentence}</li>
      ))}
    </ul>
  ),
}))

describe('build-time rendering', () => {
  it('keeps a large Suspense boundary inline and complete, with no script for the client to run', async () => {
    const html = await renderStatic(
      <main>
        <Suspense fallback={<p>loading</p>}>
          <LongList />
        </Suspense>
      </main>,
    )
    expect(html.length).toBeGreaterThan(20_000)
    expect(html).not.toMatch(/<template|<script|<!--\$\?-->/)
    expect(html).not.toContain('loading')
    expect(html.split('<li>').length - 1).toBe(300)
  })

  it('renders a page whose modules are loaded at once, with the same markup as the waiting render', async () => {
    const page = (
      <main>
        <Suspense fallback={<p>loading</p>}>
          <LongList />
        </Suspense>
      </main>
    )
    const waited = await renderStatic(page)
    const again = await renderStatic(page)
    expect(again).toBe(waited)
    expect(again).not.toContain('loading')
  })
})
