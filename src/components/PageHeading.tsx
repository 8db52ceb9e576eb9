import { useEffect, useRef, type ComponentProps } from 'react'
import { useHasNavigated } from './pageFocus.tsx'

/** A page's `<h1>`: focusable by script only, and focused when the page was reached by navigation. */
export function PageHeading(props: ComponentProps<'h1'>) {
  const ref = useRef<HTMLHeadingElement>(null)
  const hasNavigated = useHasNavigated()
  // Mount only: a filter change on the same page must not pull focus away from the chip just pressed.
  const focusOnMount = useRef(hasNavigated)
  useEffect(() => {
    if (focusOnMount.current) ref.current?.focus({ preventScroll: true })
  }, [])
  return <h1 ref={ref} tabIndex={-1} {...props} />
}
