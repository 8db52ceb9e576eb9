import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { stepFontSize, updateReadingSettings, useReadingSettings } from '@/lib/readingSettings.ts'
import { fontSizes, themes } from '@/lib/readingSettingsValues.ts'
import { StorageFailedNotice } from '@/components/StorageFailedNotice.tsx'

/** On the article page: text smaller/larger and the theme, without leaving the text. */
export function QuickReadingControls() {
  const { t } = useTranslation(PAGE_STRINGS)
  const settings = useReadingSettings()
  const themeId = useId()
  const [saveFailed, setSaveFailed] = useState(false)
  const change = (next: Parameters<typeof updateReadingSettings>[0]) => setSaveFailed(!updateReadingSettings(next))
  const atSmallest = settings.fontSize === fontSizes[0]
  const atLargest = settings.fontSize === fontSizes.at(-1)
  return (
    <div className="quick-controls" role="group" aria-label={t('quickControls.label')}>
      <button
        type="button"
        className="tool-button"
        disabled={atSmallest}
        onClick={() => change({ fontSize: stepFontSize(settings.fontSize, -1) })}
      >
        <span aria-hidden="true">{t('quickControls.smallerGlyph')}</span>
        <span className="visually-hidden">{t('quickControls.smaller')}</span>
      </button>
      <button
        type="button"
        className="tool-button"
        disabled={atLargest}
        onClick={() => change({ fontSize: stepFontSize(settings.fontSize, 1) })}
      >
        <span aria-hidden="true">{t('quickControls.largerGlyph')}</span>
        <span className="visually-hidden">{t('quickControls.larger')}</span>
      </button>
      <label className="quick-controls__theme" htmlFor={themeId}>
        {t('settings.theme')}
      </label>
      <select
        id={themeId}
        className="tool-select"
        value={settings.theme}
        onChange={(event) => change({ theme: themes.find((theme) => theme === event.target.value) ?? 'system' })}
      >
        {themes.map((theme) => (
          <option key={theme} value={theme}>
            {t(`settings.theme.${theme}`)}
          </option>
        ))}
      </select>
      <Link className="tool-link" to={paths.settings.getHref()}>
        {t('quickControls.allSettings')}
      </Link>
      {saveFailed && <StorageFailedNotice />}
    </div>
  )
}
