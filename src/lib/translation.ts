/**
 * The React side of the UI translations: the app's i18next instance in a context, and
 * `useTranslation()` returning `{ t, i18n }` (the shape react-i18next gave) that re-renders its
 * component when the language changes. This is all the app used of react-i18next, in a few lines
 * instead of its 2.5 KB gzip on every first load; translation itself stays i18next's (lib/i18n.ts).
 *
 * The other pages' strings arrive just after startup (lib/i18n.ts). A component that asks for one
 * of them before then suspends until they are in (the nearest `<Suspense>` shows its fallback; a
 * prerendered page stays as the server rendered it), so a key is never shown in place of words.
 */
import type { i18n, TFunction } from 'i18next'
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { loadPageStrings, PAGES_NAMESPACE } from './i18n.ts'

const I18nContext = createContext<i18n | null>(null)

export function I18nProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return createElement(I18nContext, { value: i18n }, children)
}

export interface Translation {
  /** Translates in the current UI language; a new function when the language changes. */
  t: TFunction
  i18n: i18n
}

export function useTranslation(): Translation {
  const i18n = useContext(I18nContext)
  if (i18n === null) throw new Error('useTranslation() outside <I18nProvider>')
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange)
      return () => i18n.off('languageChanged', onChange)
    },
    [i18n],
  )
  const readLanguage = () => i18n.language
  const language = useSyncExternalStore(subscribe, readLanguage, readLanguage)
  const t = useMemo(() => waitingForPageStrings(i18n, language, i18n.getFixedT(language)), [i18n, language])
  return { t, i18n }
}

/** `t`, except that a key outside the first screen's strings suspends the render until they are in. */
function waitingForPageStrings(i18n: i18n, language: string, t: TFunction): TFunction {
  const waiting = ((key: unknown, ...rest: unknown[]) => {
    if (!i18n.hasResourceBundle(language, PAGES_NAMESPACE) && typeof key === 'string') {
      const options = typeof rest[0] === 'object' && rest[0] !== null ? rest[0] : {}
      if (!i18n.exists(key, { ...options, lng: language })) {
        const load = loadPageStrings(i18n)
        if (!load.settled) throw load.promise
      }
    }
    return (t as unknown as (...args: unknown[]) => string)(key, ...rest)
  }) as unknown as TFunction
  return waiting
}
