/**
 * UI translations (DESIGN §5). Locale files are flat JSON with sorted keys, so `keySeparator` is
 * off and a key such as `feed.title` is looked up as one string. Arabic counts use i18next's
 * plural suffixes (`_zero _one _two _few _many _other`), which follow `Intl.PluralRules('ar')`.
 * Counts are written `{{count, count}}`: the `count` formatter prints them in the digits the
 * caller passes (`t(key, { count, digits })`), Latin unless the reader chose Arabic-Indic.
 */
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { formatNumber } from './intlFormat.ts'
import ar from '../locales/ar/translation.json'
import en from '../locales/en/translation.json'
import { applyDocumentLanguage, DEFAULT_LANGUAGE, isUiLanguage, storeLanguage, uiLanguages, type UiLanguage } from './language.ts'

export const resources = {
  ar: { translation: ar },
  en: { translation: en },
} as const

/** A ready i18next instance; `react` binds it to react-i18next (tests leave it unbound). */
export function createI18n(language: UiLanguage, { react = false } = {}): i18n {
  const instance = i18next.createInstance()
  if (react) instance.use(initReactI18next)
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...uiLanguages],
    keySeparator: false,
    nsSeparator: false,
    // React escapes text itself; escaping here would show `&quot;` to the reader.
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  instance.services.formatter?.add('count', (value: number, lng: string | undefined, options: { digits?: unknown }) =>
    formatNumber(value, lng ?? DEFAULT_LANGUAGE, options.digits === 'arab' ? 'arab' : 'latn'),
  )
  return instance
}

/** The app's instance: bound to React, and keeping `<html lang dir>` and storage in step. */
export function createAppI18n(language: UiLanguage): i18n {
  const instance = createI18n(language, { react: true })
  applyDocumentLanguage(language)
  instance.on('languageChanged', (next) => {
    if (!isUiLanguage(next)) return
    applyDocumentLanguage(next)
    storeLanguage(next)
  })
  return instance
}
