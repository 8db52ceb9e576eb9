/**
 * The React side of the UI translations: the app's i18next instance in a context, and
 * `useTranslation()` returning `{ t, i18n }` (the shape react-i18next gave) that re-renders its
 * component when the language changes. This is all the app used of react-i18next, in a few lines
 * instead of its 2.5 KB gzip on every first load; translation itself stays i18next's (lib/i18n.ts).
 */
import type { i18n, TFunction } from 'i18next'
import { createContext, createElement, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react'

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
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language])
  return { t, i18n }
}
