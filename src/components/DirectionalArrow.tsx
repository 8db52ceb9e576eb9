/**
 * An arrow that points along the reading direction: drawn for left-to-right, and mirrored by the
 * `.icon-directional` rule wherever the text runs right to left, so "next" points left in Arabic.
 */
export function DirectionalArrow({ direction }: { direction: 'forward' | 'backward' }) {
  const d = direction === 'forward' ? 'M4 12h15m-6-6 6 6-6 6' : 'M20 12H5m6-6-6 6 6 6'
  return (
    <svg className="icon icon-directional" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
