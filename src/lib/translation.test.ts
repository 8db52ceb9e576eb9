// @vitest-environment jsdom
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from './i18n.ts'
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
})
