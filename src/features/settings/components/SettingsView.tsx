import '@/styles/settings.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { DocumentTitle } from '@/components/DocumentTitle.tsx'
import { PageHeading } from '@/components/PageHeading.tsx'
import { uiLanguages } from '@/lib/language.ts'
import { updateReadingSettings, useReadingSettings } from '@/lib/readingSettings.ts'
import {
  digitSystems,
  fontSizes,
  lineHeights,
  readingFonts,
  themes,
  type ReadingSettings,
} from '@/lib/readingSettingsValues.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import { StorageFailedNotice } from '@/components/StorageFailedNotice.tsx'

/** `/settings`: reading settings (applied at once, kept on the device), the UI language, about. */
export function SettingsView() {
  const { t, i18n } = useTranslation(PAGE_STRINGS)
  const settings = useReadingSettings()
  const language = useUiLanguage()
  const [saveFailed, setSaveFailed] = useState(false)
  const change = (next: Partial<ReadingSettings>) => setSaveFailed(!updateReadingSettings(next))
  return (
    <section className="settings" aria-labelledby="settings-title">
      <DocumentTitle page={t('settings.title')} />
      <PageHeading id="settings-title">{t('settings.title')}</PageHeading>
      {saveFailed && <StorageFailedNotice />}
      <section className="settings__section" aria-labelledby="settings-reading">
        <h2 id="settings-reading">{t('settings.reading')}</h2>
        <ChoiceGroup
          legend={t('settings.fontSize')}
          options={fontSizes}
          value={settings.fontSize}
          label={(option) => t(`settings.fontSize.${option}`)}
          onChange={(fontSize) => change({ fontSize })}
        />
        <ChoiceGroup
          legend={t('settings.lineHeight')}
          options={lineHeights}
          value={settings.lineHeight}
          label={(option) => t(`settings.lineHeight.${option}`)}
          onChange={(lineHeight) => change({ lineHeight })}
        />
        <ChoiceGroup
          legend={t('settings.font')}
          options={readingFonts}
          value={settings.font}
          label={(option) => t(`settings.font.${option}`)}
          onChange={(font) => change({ font })}
        />
        <ChoiceGroup
          legend={t('settings.theme')}
          options={themes}
          value={settings.theme}
          label={(option) => t(`settings.theme.${option}`)}
          onChange={(theme) => change({ theme })}
        />
        <ChoiceGroup
          legend={t('settings.digits')}
          options={digitSystems}
          value={settings.digits}
          label={(option) => t(`settings.digits.${option}`)}
          onChange={(digits) => change({ digits })}
        />
        <p className="settings__preview" lang="ar" dir="rtl">
          {t('settings.preview')}
        </p>
      </section>
      <section className="settings__section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageHeading')}</h2>
        <ChoiceGroup
          legend={t('language.label')}
          options={uiLanguages}
          value={language}
          label={(option) => t(`language.${option}`)}
          optionLang={(option) => option}
          onChange={(next) => void i18n.changeLanguage(next)}
        />
      </section>
      <section className="settings__section" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p>{t('settings.aboutBody')}</p>
      </section>
    </section>
  )
}
