// @vitest-environment jsdom
import { act, createElement, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import ar from '@/locales/ar/pages.json'
import { createI18n, loadPageStrings, PAGE_STRINGS } from './i18n.ts'
import { useUiLanguage } from './useUiLanguage.ts'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

function Heading() {
  const { t } = useTranslation()
  return createElement('h1', { lang: useUiLanguage() }, t('feed.title'))
}

const containers: HTMLElement[] = []
afterEach(() => {
  for (const container of containers.splice(0)) container.remove()
})

async function mount(i18n = createI18n('ar')) {
  const container = document.createElement('div')
  document.body.append(container)
  containers.push(container)
  const root = createRoot(container)
  await act(async () => root.render(createElement(I18nextProvider, { i18n }, createElement(Heading))))
  return { i18n, heading: () => container.querySelector('h1'), unmount: () => act(() => root.unmount()) }
}

describe('react-i18next with the app’s i18next instance', () => {
  it('renders the strings of the current language', async () => {
    const { heading } = await mount()
    expect(heading()?.textContent).toBe('آخر الأخبار')
    expect(heading()?.lang).toBe('ar')
  })

  it('re-renders its component when the language changes, and back', async () => {
    const { i18n, heading } = await mount()
    await act(() => i18n.changeLanguage('en'))
    expect(heading()?.textContent).toBe('Latest news')
    expect(heading()?.lang).toBe('en')
    await act(() => i18n.changeLanguage('ar'))
    expect(heading()?.textContent).toBe('آخر الأخبار')
  })

  it('holds a component that needs another page’s words until they are in, never showing the key', async () => {
    const i18n = createI18n('ar')
    function SavedHeading() {
      const { t } = useTranslation(PAGE_STRINGS)
      return createElement('h1', null, t('saved.title'))
    }
    const container = document.createElement('div')
    document.body.append(container)
    containers.push(container)
    const root = createRoot(container)
    const tree = createElement(
      I18nextProvider,
      { i18n },
      createElement(
        Suspense,
        { fallback: createElement('p', null, 'loading') },
        createElement(SavedHeading),
        createElement(Heading),
      ),
    )
    await act(async () => root.render(tree))
    const texts = () => [...container.querySelectorAll('h1, p')].map((element) => element.textContent)
    // Either still waiting, or already in: never the raw key.
    expect(texts().join(' ')).not.toContain('saved.title')
    await act(() => loadPageStrings(i18n))
    expect(texts()).toEqual([ar['saved.title'], 'آخر الأخبار'])
  })

  it('renders first-screen words at once, without waiting for the other pages’ strings', async () => {
    const i18n = createI18n('ar')
    const { heading } = await mount(i18n)
    expect(heading()?.textContent).toBe('آخر الأخبار')
    expect(i18n.hasResourceBundle('ar', 'pages')).toBe(false)
  })
})
