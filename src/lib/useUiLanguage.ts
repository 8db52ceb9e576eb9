import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isUiLanguage, type UiLanguage } from './language.ts'

/** The current UI language, narrowed to the languages the app ships. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation()
  return isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}
