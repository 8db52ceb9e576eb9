import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'

interface SearchFieldProps {
  /** The masthead's compact form (hidden label, a submit button) or the search page's own. */
  variant: 'masthead' | 'page'
  defaultValue?: string
  fieldRef?: Ref<HTMLInputElement>
  /** Each keystroke's text (the search page's results follow it). */
  onType?: (text: string) => void
  /** Enter, or the submit button: the text searched for. */
  onSearch?: (text: string) => void
}

/**
 * The search field, in the masthead and on the search page: a search landmark, its label, and
 * the field `/` focuses (`data-search-field`, features/shortcuts). The reader's keystrokes own
 * its text: it is never re-rendered per key.
 */
export function SearchField({ variant, defaultValue = '', fieldRef, onType, onSearch }: SearchFieldProps) {
  const { t } = useTranslation()
  const fieldId = useId()
  const masthead = variant === 'masthead'
  return (
    <form
      role="search"
      className={masthead ? 'site-search' : 'search__form'}
      onSubmit={(event) => {
        event.preventDefault()
        const field = event.currentTarget.elements.namedItem('q')
        if (field instanceof HTMLInputElement) onSearch?.(field.value)
        if (masthead) event.currentTarget.reset()
      }}
    >
      <label htmlFor={fieldId} className={masthead ? 'visually-hidden' : 'search__label'}>
        {t('search.label')}
      </label>
      <input
        ref={fieldRef}
        id={fieldId}
        name="q"
        className={masthead ? 'site-search__field' : 'search__field'}
        type="search"
        data-search-field=""
        dir="auto"
        lang={masthead ? undefined : 'ar'}
        autoComplete="off"
        enterKeyHint="search"
        placeholder={masthead ? t('search.placeholder') : undefined}
        defaultValue={defaultValue}
        onChange={(event) => onType?.(event.target.value)}
      />
      {masthead && (
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
      )}
    </form>
  )
}
