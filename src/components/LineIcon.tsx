/** A line icon (24×24, stroked in the text colour), for the tools; none of them points along the text. */
export function LineIcon({ path, filled = false }: { path: string; filled?: boolean }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

/** A bookmark, filled when the article is saved (cards and the article page). */
export function BookmarkIcon({ filled }: { filled: boolean }) {
  return <LineIcon path="M7 4h10v16l-5-4-5 4Z" filled={filled} />
}
