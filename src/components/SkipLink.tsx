import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'

const MAIN_ID = 'main'

/** First stop for keyboard users: jumps past the header to the page content. */
export function SkipLink() {
  const { t } = useTranslation()
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    // Focus the landmark directly instead of adding `#main` to the URL (the router owns the URL).
    event.preventDefault()
    document.getElementById(MAIN_ID)?.focus()
  }
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {t('nav.skipToContent')}
    </a>
  )
}
