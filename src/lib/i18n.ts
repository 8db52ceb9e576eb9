/**
 * UI translations (DESIGN §5). Locale files are flat JSON with sorted keys, so `keySeparator` is
 * off and a key such as `feed.title` is looked up as one string. Arabic counts use i18next's
 * plural suffixes (`_zero _one _two _few _many _other`), which follow `Intl.PluralRules('ar')`.
 * Counts are written `{{count, count}}`: the `count` formatter prints them in the digits the
 * caller passes (`t(key, { count, digits })`), Latin unless the reader chose Arabic-Indic.
 *
 * Arabic, the default, ships with the app. English is fetched when it is needed (a reader picks
 * it, or has it stored), through i18next's backend hook, so the Arabic first screen never carries
 * it and `changeLanguage('en')` switches only once the English strings are in.
 */
import i18next, { type BackendModule, type i18n, type ResourceKey } from 'i18next'
import { formatNumber } from './intlFormat.ts'
import ar from '../locales/ar/translation.json'
import { applyDocumentLanguage, DEFAULT_LANGUAGE, isUiLanguage, storeLanguage, uiLanguages, type UiLanguage } from './language.ts'

/** The languages loaded on demand, each its own small chunk. */
const onDemandLocales: Partial<Record<string, () => Promise<ResourceKey>>> = {
  en: () => import('../locales/en/translation.json').then((locale) => locale.default),
}

const onDemandBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    const load = onDemandLocales[language]
    if (load === undefined) return callback(null, {})
    // No retry: a browser remembers a dynamic import that failed, so the same one would fail again.
    load().then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    )
  },
}

function initialise(language: UiLanguage): { instance: i18n; ready: Promise<unknown> } {
  const instance = i18next.createInstance().use(onDemandBackend)
  const ready = instance.init({
    resources: { ar: { translation: ar } },
    // The resources above are only some of the languages: ask the backend for the others.
    partialBundledLanguages: true,
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
  return { instance, ready }
}

/**
 * An i18next instance, ready at once in Arabic (the build's prerendering uses it so). `react` is
 * ignored: it bound react-i18next, and the binding is now lib/translation.ts's provider.
 */
export function createI18n(language: UiLanguage, _options?: { react?: boolean }): i18n {
  return initialise(language).instance
}

/** An instance whose strings for `language` are in (English fetched first); Arabic at once. */
export async function createReadyI18n(language: UiLanguage): Promise<i18n> {
  const { instance, ready } = initialise(language)
  await ready
  return instance
}

/** The app's instance, once its strings are in, keeping `<html lang dir>` and storage in step. */
export async function createAppI18n(language: UiLanguage): Promise<i18n> {
  const instance = await createReadyI18n(language)
  applyDocumentLanguage(language)
  instance.on('languageChanged', (next) => {
    if (!isUiLanguage(next)) return
    applyDocumentLanguage(next)
    storeLanguage(next)
  })
  return instance
}
