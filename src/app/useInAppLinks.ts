import { useEffect } from 'react'
import { useNavigate } from 'react-router'

/**
 * Plain `<a href>` links inside the app are followed by the router, as a `<Link>` would be: the
 * article cards render plain anchors, since a `<Link>` costs hooks and an effect per anchor and a
 * list of cards has dozens. Clicks the browser should handle itself are left to it: a `<Link>`'s
 * own (already handled), modified or non-primary clicks, a target or download, another origin,
 * or a place on the same page.
 */
export function useInAppLinks(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
      if (
        !(anchor instanceof HTMLAnchorElement) ||
        !['', '_self'].includes(anchor.target) ||
        anchor.hasAttribute('download')
      )
        return
      const { origin, pathname, search } = window.location
      const samePage = anchor.pathname === pathname && anchor.search === search
      if (anchor.origin !== origin || (samePage && anchor.hash !== '')) return
      event.preventDefault()
      // As a <Link>: a link to the page already shown replaces its history entry.
      void navigate(`${anchor.pathname}${anchor.search}${anchor.hash}`, { replace: samePage })
    }
    document.addEventListener('click', follow)
    return () => document.removeEventListener('click', follow)
  }, [navigate])
}
