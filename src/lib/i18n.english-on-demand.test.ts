import { describe, expect, it } from 'vitest'
import { createI18n, createReadyI18n } from './i18n.ts'

describe('English loaded on demand', () => {
  it('leaves the Arabic instance ready at once, with no English strings in it', () => {
    const i18n = createI18n('ar')
    expect(i18n.t('feed.title')).toBe('آخر الأخبار')
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false)
  })

  it('switches to English only once the English strings are in', async () => {
    const i18n = createI18n('ar')
    const seenAtSwitch: string[] = []
    i18n.on('languageChanged', () => seenAtSwitch.push(i18n.t('feed.title')))
    const switching = i18n.changeLanguage('en')
    expect(i18n.language).toBe('ar')
    await switching
    expect(i18n.language).toBe('en')
    expect(seenAtSwitch).toEqual(['Latest news'])
    await i18n.changeLanguage('ar')
    expect(i18n.t('feed.title')).toBe('آخر الأخبار')
  })

  it('starts an English reader with the English strings already in', async () => {
    const i18n = await createReadyI18n('en')
    expect(i18n.language).toBe('en')
    expect(i18n.t('feed.title')).toBe('Latest news')
  })
})
