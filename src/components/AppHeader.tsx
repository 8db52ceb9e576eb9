import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, NavLink } from 'react-router'
import { paths } from '@/config/paths.ts'
import { manifestQueryOptions } from '@/lib/data/manifestQuery.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { MastheadMenu } from './MastheadMenu.tsx'
import { SiteSearchForm } from './SiteSearchForm.tsx'

/**
 * Masthead: the app name (home), search, and a menu holding saved, settings, the language switch
 * and the sections (topics). On a phone it is one row (layout.css, header.css) and the menu a
 * disclosure; from tablet width the menu's content sits in the masthead itself, the sections a
 * row of their own, and the menu button is gone.
 */
export function AppHeader() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  // The sections appear once the manifest is there; the pages report its errors themselves.
  const { data: manifest } = useQuery(manifestQueryOptions())
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link className="app-header__name" to={paths.home.getHref()}>
          {t('app.name')}
        </Link>
        <SiteSearchForm />
        <MastheadMenu>
          <nav className="app-header__links" aria-label={t('nav.tools')}>
            <NavLink className="app-header__link" to={paths.saved.getHref()}>
              {t('nav.saved')}
            </NavLink>
            <NavLink className="app-header__link" to={paths.settings.getHref()}>
              {t('nav.settings')}
            </NavLink>
          </nav>
          <LanguageSwitch />
          <nav className="sections" aria-label={t('nav.sections')}>
            <ul className="sections__list">
              <li>
                <NavLink className="sections__link" to={paths.home.getHref()} end>
                  {t('nav.frontPage')}
                </NavLink>
              </li>
              {manifest?.topics.map((topic) => (
                <li key={topic.id}>
                  <NavLink className="sections__link" to={paths.topic.getHref(topic.id)}>
                    {topic.labels[language]}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </MastheadMenu>
      </div>
    </header>
  )
}
