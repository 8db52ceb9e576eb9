import { useId, useState } from 'react'
import { useTranslation } from '@/lib/translation.ts'
import { useMatch, useNavigate } from 'react-router'
import { paths } from '@/config/paths.ts'

/**
 * The masthead's search field (`/` focuses it): submitting opens `/search?q=`. The search page has
 * its own field, where results follow each keystroke, so this one steps aside there.
 */
export function SiteSearchForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const fieldId = useId()
  const [text, setText] = useState('')
  const onSearchPage = useMatch(paths.search.path) !== null
  if (onSearchPage) return null
  return (
    <form
      role="search"
      className="site-search"
      onSubmit={(event) => {
        event.preventDefault()
        void navigate(paths.search.getHref(text.trim()))
        setText('')
      }}
    >
      <label htmlFor={fieldId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={fieldId}
        className="site-search__field"
        type="search"
        data-search-field=""
        dir="auto"
        autoComplete="off"
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="site-search__submit">
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="m20 20-4.5-4.5M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <span className="visually-hidden">{t('search.submit')}</span>
      </button>
    </form>
  )
}
