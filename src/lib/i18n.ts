/**
 * UI translations (docs/app.md, "Strings"), bound to React by react-i18next. Locale files are flat JSON with sorted keys, so `keySeparator` is
 * off and a key such as `feed.title` is looked up as one string. Arabic counts use i18next's
 * plural suffixes (`_zero _one _two _few _many _other`), which follow `Intl.PluralRules('ar')`.
 * Counts are written `{{count, count}}`: the `count` formatter prints them in the digits the
 * caller passes (`t(key, { count, digits })`), Latin unless the reader chose Arabic-Indic.
 *
 * Each language has two files: `translation.json`, what the first screen shows (masthead, feed,
 * footer, error and not-found views), and `pages.json`, the other pages' strings (the PAGES
 * namespace, looked up when a key is not in the first). Only Arabic's first file ships with the
 * app's script; the rest is fetched through i18next's backend hook: English when a reader picks it
 * or has it stored (`changeLanguage('en')` switches only once its strings are in), the pages'
 * strings just after startup. A component that shows them asks for both namespaces
 * (`useTranslation(PAGE_STRINGS)`): react-i18next suspends it until they are in, so no reader
 * ever sees a key in place of words, and the first screen never waits for them.
 */
import i18next, { type BackendModule, type i18n, type ResourceKey } from 'i18next'
import { formatNumber } from './intlFormat.ts'
import ar from '@/locales/ar/translation.json'
import {
  applyDocumentLanguage,
  DEFAULT_LANGUAGE,
  isUiLanguage,
  storeLanguage,
  uiLanguages,
  type UiLanguage,
} from './language.ts'

/** The other pages' strings, in every language. */
export const PAGES_NAMESPACE = 'pages'

/** What a component off the first screen asks react-i18next for: the first screen's strings and the pages'. */
export const PAGE_STRINGS = ['translation', PAGES_NAMESPACE] as const

/** Everything but Arabic's first-screen strings, each its own small chunk. */
const onDemandLocales: Partial<Record<string, () => Promise<{ default: ResourceKey }>>> = {
  'ar/pages': () => import('@/locales/ar/pages.json'),
  'en/translation': () => import('@/locales/en/translation.json'),
  'en/pages': () => import('@/locales/en/pages.json'),
}

const onDemandBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    const load = onDemandLocales[`${language}/${namespace}`]
    if (load === undefined) return callback(null, {})
    // No retry: a browser remembers a dynamic import that failed, so the same one would fail again.
    load().then(
      (strings) => callback(null, strings.default),
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
    fallbackNS: PAGES_NAMESPACE,
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
 * An i18next instance, its Arabic first-screen strings ready at once (the build's prerendering
 * uses it so: rendering waits for the rest).
 */
export function createI18n(language: UiLanguage): i18n {
  return initialise(language).instance
}

/** Loads the other pages' strings for the instance's current language (once: i18next remembers). */
export function loadPageStrings(instance: i18n): Promise<void> {
  return instance.loadNamespaces(PAGES_NAMESPACE)
}

/** An instance with all of `language`'s strings in (tests, and whatever needs every page's words). */
export async function createReadyI18n(language: UiLanguage): Promise<i18n> {
  const { instance, ready } = initialise(language)
  await ready
  await loadPageStrings(instance)
  return instance
}

/**
 * The app's instance, once its first-screen strings are in (English fetched first; Arabic at
 * once), keeping `<html lang dir>` and storage in step. The other pages' strings start loading.
 */
export async function createAppI18n(language: UiLanguage): Promise<i18n> {
  const { instance, ready } = initialise(language)
  void loadPageStrings(instance)
  await ready
  applyDocumentLanguage(language)
  instance.on('languageChanged', (next) => {
    if (!isUiLanguage(next)) return
    applyDocumentLanguage(next)
    storeLanguage(next)
  })
  return instance
}
