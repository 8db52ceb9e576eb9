import { useId, useState } from 'react'
import { useTranslation } from '../lib/translation.ts'
import { useMatch, useNavigate } from 'react-router'
import { paths } from '../config/paths.ts'

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
        {t('search.submit')}
      </button>
    </form>
  )
}
