import { useTranslation } from 'react-i18next'
import { uiLanguages } from '@/lib/language.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'

/** العربية / English. The choice is saved and sets `<html lang dir>` (see lib/i18n.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const current = useUiLanguage()
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          lang={language}
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  )
}
