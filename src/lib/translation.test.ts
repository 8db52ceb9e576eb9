// @vitest-environment jsdom
import { act, createElement, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ar from '@/locales/ar/pages.json'
import { createI18n, loadPageStrings } from './i18n.ts'
import { I18nProvider, useTranslation } from './translation.ts'
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
  await act(async () => root.render(createElement(I18nProvider, { i18n, children: createElement(Heading) })))
  return { i18n, heading: () => container.querySelector('h1'), unmount: () => act(() => root.unmount()) }
}

describe('useTranslation', () => {
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

  it('stops listening once unmounted', async () => {
    const i18n = createI18n('ar')
    const on = vi.spyOn(i18n, 'on')
    const off = vi.spyOn(i18n, 'off')
    const { unmount } = await mount(i18n)
    const listener = on.mock.calls.find(([event]) => event === 'languageChanged')?.[1]
    expect(listener).toBeTypeOf('function')
    await unmount()
    expect(off).toHaveBeenCalledWith('languageChanged', listener)
  })

  it('holds a component that needs another page’s words until they are in, never showing the key', async () => {
    const i18n = createI18n('ar')
    function SavedHeading() {
      const { t } = useTranslation()
      return createElement('h1', null, t('saved.title'))
    }
    const container = document.createElement('div')
    document.body.append(container)
    containers.push(container)
    const root = createRoot(container)
    const tree = createElement(I18nProvider, {
      i18n,
      children: createElement(
        Suspense,
        { fallback: createElement('p', null, 'loading') },
        createElement(SavedHeading),
        createElement(Heading),
      ),
    })
    await act(async () => root.render(tree))
    const texts = () => [...container.querySelectorAll('h1, p')].map((element) => element.textContent)
    // Either still waiting, or already in: never the raw key.
    expect(texts().join(' ')).not.toContain('saved.title')
    await act(() => loadPageStrings(i18n).promise)
    expect(texts()).toEqual([ar['saved.title'], 'آخر الأخبار'])
  })

  it('renders first-screen words at once, without waiting for the other pages’ strings', async () => {
    const i18n = createI18n('ar')
    const { heading } = await mount(i18n)
    expect(heading()?.textContent).toBe('آخر الأخبار')
    expect(i18n.hasResourceBundle('ar', 'pages')).toBe(false)
  })
})
